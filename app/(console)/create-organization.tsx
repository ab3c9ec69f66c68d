"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { DialogForm } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { trpc } from "@/app/_trpc/client";
import { switchOrganization } from "./actions";

/** "New organization": creates one with the caller as owner and switches the console to it. */
export function CreateOrganization() {
  const router = useRouter();
  const t = useTranslations("shell");
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
        {t("newOrganization")}
      </Button>
      {open && (
        <DialogForm
          title={t("newOrganization")}
          onClose={() => setOpen(false)}
          onSubmit={() => create.mutate({ name })}
          submit={{ label: t("create"), disabled: create.isPending }}
        >
          <Field
            label={t("organizationName")}
            name="organizationName"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={
              create.error?.data?.fieldErrors?.name?.[0] ??
              (create.error && !create.error.data?.fieldErrors ? create.error.message : undefined)
            }
          />
        </DialogForm>
      )}
    </>
  );
}
