"use client";

import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("accessKeys");
  const common = useTranslations("common");
  return (
    <Dialog title={t("create")} onClose={onClose}>
      {created ? (
        <div className="space-y-4">
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("secretWarning")}</p>
          <dl className="space-y-3 text-sm">
            <CreatedValue id="created-key-id" label={t("keyId")} value={created.accessKeyId} />
            <CreatedValue id="created-key-secret" label={t("keySecret")} value={created.accessKeySecret} />
          </dl>
          <div className="flex justify-end">
            <Button onClick={onClose}>{common("done")}</Button>
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
            label={t("descriptionLabel")}
            name="description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            hint={t("descriptionHint")}
            error={create.error?.data?.fieldErrors?.description?.[0]}
          />
          {create.error && !create.error.data?.fieldErrors && <FormAlert>{create.error.message}</FormAlert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              {common("cancel")}
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {common("ok")}
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
  const t = useTranslations("accessKeys");
  const common = useTranslations("common");
  const locale = useLocale();
  const when = (date: Date | null) => (date ? date.toLocaleString(locale) : common("never"));
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
        <PageHeader title={t("title")} />
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t("forbidden")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<Button onClick={() => setCreating(true)}>{t("create")}</Button>}
      />
      {keys.data && keys.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("empty")}</p>
      ) : (
        <DataTable
          columns={(["id", "description", "created", "lastUsed", "status", "actions"] as const).map((column) => t(`columns.${column}`))}
        >
          {keys.data?.map((key) => (
            <tr key={key.accessKeyId}>
              <td className="px-4 py-3 font-mono">{key.accessKeyId}</td>
              <td className="px-4 py-3">{key.description}</td>
              <td className="px-4 py-3 text-slate-600">{when(key.createdAt)}</td>
              <td className="px-4 py-3 text-slate-600">{when(key.lastUsedAt)}</td>
              <td className="px-4 py-3">{key.enabled ? t("enabled") : t("disabled")}</td>
              <td className="px-4 py-3">
                <div className="flex gap-2">
                  {key.enabled ? (
                    <Button
                      variant="ghost"
                      onClick={() => disable.mutate({ organizationId: organization.id, accessKeyId: key.accessKeyId })}
                    >
                      {t("disable")}
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      onClick={() => enable.mutate({ organizationId: organization.id, accessKeyId: key.accessKeyId })}
                    >
                      {t("enable")}
                    </Button>
                  )}
                  <Button variant="ghost" onClick={() => setDeleting(key.accessKeyId)}>
                    {common("delete")}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {creating && <CreateAccessKey onClose={() => setCreating(false)} />}
      {deleting && (
        <Dialog title={t("deleteTitle")} onClose={() => setDeleting(null)}>
          <p className="mb-4 text-sm text-slate-700">
            {t.rich("deleteQuestion", { id: deleting, key: (chunks) => <span className="font-mono">{chunks}</span> })}
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {common("cancel")}
            </Button>
            <Button variant="danger" onClick={() => remove.mutate({ organizationId: organization.id, accessKeyId: deleting })}>
              {common("ok")}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
