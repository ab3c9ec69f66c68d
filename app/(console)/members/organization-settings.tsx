"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Button } from "@/app/_components/button";
import { DialogForm } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { useCurrentOrganization } from "../organization-context";
import { ConfirmRoleChange } from "./confirm-role-change";
import { transferQuestion } from "./role-change-question";

type Member = RouterOutputs["member"]["list"][number];

/** Owner-only: transfer ownership, and delete the organization after typing its name. */
export function OrganizationSettings({ members }: { members: Member[] }) {
  const organization = useCurrentOrganization();
  const router = useRouter();
  const utils = trpc.useUtils();
  const t = useTranslations("members.settings");
  const translate = useTranslations();
  const others = members.filter((member) => member.user.id !== organization.me.id);
  const [newOwner, setNewOwner] = useState("");
  // Transferring changes your own role (to admin): it asks first.
  const [confirmingTransfer, setConfirmingTransfer] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [typedName, setTypedName] = useState("");
  const transferOwnership = trpc.member.transferOwnership.useMutation({
    onSuccess: async () => {
      setConfirmingTransfer(false);
      await utils.member.list.invalidate();
      router.refresh();
    },
  });
  const { reset: resetTransfer } = transferOwnership;
  const cancelTransfer = useCallback(() => {
    setConfirmingTransfer(false);
    resetTransfer();
  }, [resetTransfer]);
  const chosenOwner = others.find((member) => member.id === newOwner);
  const remove = trpc.organization.delete.useMutation({
    onSuccess: () => {
      router.replace("/overview");
      router.refresh();
    },
  });

  return (
    <section aria-labelledby="organization-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="organization-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosenOwner) setConfirmingTransfer(true);
        }}
      >
        <div className="min-w-64">
          <SelectField
            label={t("newOwner")}
            name="newOwner"
            placeholder={others.length ? t("chooseMember") : t("inviteFirst")}
            options={others.map((member) => ({ value: member.id, label: member.user.email }))}
            value={newOwner}
            onChange={(event) => setNewOwner(event.target.value)}
            hint={t("newOwnerHint")}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={!newOwner || transferOwnership.isPending}>
          {t("transfer")}
        </Button>
      </form>
      {confirmingTransfer && chosenOwner && (
        <ConfirmRoleChange
          {...transferQuestion(translate, { newOwner: { email: chosenOwner.user.email }, me: organization.me })}
          pending={transferOwnership.isPending}
          error={transferOwnership.error?.message}
          onConfirm={() => transferOwnership.mutate({ organizationId: organization.id, membershipId: chosenOwner.id })}
          onCancel={cancelTransfer}
        />
      )}

      <div className="border-t border-slate-200 pt-4">
        <Button variant="danger" onClick={() => setDeleting(true)}>
          {t("deleteOrganization")}
        </Button>
      </div>
      {deleting && (
        <DialogForm
          title={t("deleteOrganization")}
          onClose={() => setDeleting(false)}
          onSubmit={() => remove.mutate({ organizationId: organization.id, confirmName: typedName })}
          submit={{
            label: t("deleteOrganization"),
            variant: "danger",
            disabled: typedName.trim() !== organization.name || remove.isPending,
          }}
        >
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t.rich("deleteWarning", { name: organization.name, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <Field
            label={t("organizationName")}
            name="confirmName"
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            hint={t("typeToConfirm", { name: organization.name })}
            error={remove.error?.data?.fieldErrors?.confirmName?.[0]}
          />
          {remove.error && !remove.error.data?.fieldErrors && <FormAlert>{remove.error.message}</FormAlert>}
        </DialogForm>
      )}
    </section>
  );
}
