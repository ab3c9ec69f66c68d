"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { trpc } from "@/app/_trpc/client";
import { switchOrganization } from "./actions";

/** "New organization": creates one with the caller as owner and switches the console to it. */
export function CreateOrganization() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const create = trpc.organization.create.useMutation({
    onSuccess: async (organization) => {
      await switchOrganization(organization.id);
      setOpen(false);
      setName("");
      router.push("/overview");
      router.refresh();
    },
  });
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        New organization
      </Button>
      {open && (
        <Dialog title="New organization" onClose={() => setOpen(false)}>
          <form
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate({ name });
            }}
          >
            <Field
              label="Organization name"
              name="organizationName"
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={create.error?.data?.fieldErrors?.name?.[0] ?? (create.error && !create.error.data?.fieldErrors ? create.error.message : undefined)}
            />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending}>
                Create
              </Button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
