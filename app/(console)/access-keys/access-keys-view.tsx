"use client";

import { useState } from "react";
import { Button } from "@/app/_components/button";
import { CopyButton } from "@/app/_components/copy-button";
import { DataTable } from "@/app/_components/data-table";
import { Dialog } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { PageHeader } from "@/app/_components/page-header";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization, usePermission } from "../organization-context";

const when = (date: Date | null) => (date ? date.toLocaleString() : "Never");

/** One value of the new key, named for screen readers and ready to copy. */
function CreatedValue({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div>
      <dt id={id} className="text-slate-500">
        {label}
      </dt>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
      <dd aria-labelledby={id} className="flex items-center gap-2 font-mono">
        {value} <CopyButton text={value} what={label} />
      </dd>
    </div>
  );
}

function CreateAccessKey({ onClose }: { onClose: () => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const [description, setDescription] = useState("");
  const create = trpc.accessKey.create.useMutation({ onSuccess: () => utils.accessKey.list.invalidate() });
  const created = create.data;
  return (
    <Dialog title="Create AccessKey" onClose={onClose}>
      {created ? (
        <div className="space-y-4">
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            Copy the AccessKey Secret now: it is shown only this once. Keep it on your business server, never in a browser or app.
          </p>
          <dl className="space-y-3 text-sm">
            <CreatedValue id="created-key-id" label="AccessKey ID" value={created.accessKeyId} />
            <CreatedValue id="created-key-secret" label="AccessKey Secret" value={created.accessKeySecret} />
          </dl>
          <div className="flex justify-end">
            <Button onClick={onClose}>Done</Button>
          </div>
        </div>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ organizationId: organization.id, description });
          }}
        >
          <Field
            label="Description"
            name="description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            hint="Optional: where the key is used, e.g. “checkout service”."
            error={create.error?.data?.fieldErrors?.description?.[0]}
          />
          {create.error && !create.error.data?.fieldErrors && <FormAlert>{create.error.message}</FormAlert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              OK
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

export function AccessKeysView() {
  const organization = useCurrentOrganization();
  const allowed = usePermission("accessKey.manage");
  const utils = trpc.useUtils();
  const keys = trpc.accessKey.list.useQuery({ organizationId: organization.id }, { enabled: allowed });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const done = () => utils.accessKey.list.invalidate();
  const enable = trpc.accessKey.enable.useMutation({ onSuccess: done });
  const disable = trpc.accessKey.disable.useMutation({ onSuccess: done });
  const remove = trpc.accessKey.delete.useMutation({
    onSuccess: async () => {
      setDeleting(null);
      await done();
    },
  });

  if (!allowed) {
    return (
      <>
        <PageHeader title="Access Keys" />
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">Only owners and admins can manage access keys.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Access Keys"
        description="Your business server signs its VerifyIntelligentCaptcha calls with an access key of this organization."
        actions={<Button onClick={() => setCreating(true)}>Create AccessKey</Button>}
      />
      {keys.data && keys.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No access keys yet. Create one for each service that verifies CAPTCHA results.
        </p>
      ) : (
        <DataTable columns={["AccessKey ID", "Description", "Created", "Last used", "Status", "Actions"]}>
          {keys.data?.map((key) => (
            <tr key={key.accessKeyId}>
              <td className="px-4 py-3 font-mono">{key.accessKeyId}</td>
              <td className="px-4 py-3">{key.description}</td>
              <td className="px-4 py-3 text-slate-600">{when(key.createdAt)}</td>
              <td className="px-4 py-3 text-slate-600">{when(key.lastUsedAt)}</td>
              <td className="px-4 py-3">{key.enabled ? "Enabled" : "Disabled"}</td>
              <td className="px-4 py-3">
                <div className="flex gap-2">
                  {key.enabled ? (
                    <Button
                      variant="ghost"
                      onClick={() => disable.mutate({ organizationId: organization.id, accessKeyId: key.accessKeyId })}
                    >
                      Disable
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      onClick={() => enable.mutate({ organizationId: organization.id, accessKeyId: key.accessKeyId })}
                    >
                      Enable
                    </Button>
                  )}
                  <Button variant="ghost" onClick={() => setDeleting(key.accessKeyId)}>
                    Delete
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {creating && <CreateAccessKey onClose={() => setCreating(false)} />}
      {deleting && (
        <Dialog title="Delete AccessKey" onClose={() => setDeleting(null)}>
          <p className="mb-4 text-sm text-slate-700">
            Delete <span className="font-mono">{deleting}</span>? Servers that still sign with it will be refused. This cannot be undone.
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => remove.mutate({ organizationId: organization.id, accessKeyId: deleting })}>
              OK
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
