"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { CopyButton } from "@/app/_components/copy-button";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { trpc } from "@/app/_trpc/client";
import { INVITATION_TTL_DAYS } from "@/server/invitation/rules";
import { grantableRoles } from "@/server/member/rules";
import type { Role } from "@/server/permissions";
import { useCurrentOrganization } from "../organization-context";

/** "Invite member": creates a single-use link, shown once with a Copy button. */
export function InviteMember({ emailConfigured }: { emailConfigured: boolean }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const t = useTranslations("members.invite");
  const roles = useTranslations("roles");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const invite = trpc.invitation.create.useMutation({
    onSuccess: async () => {
      setEmail("");
      await utils.invitation.list.invalidate();
    },
  });
  const fieldErrors = invite.error?.data?.fieldErrors ?? undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({ organizationId: organization.id, email, role });
  }

  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="invite-heading" className="mb-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      <form onSubmit={submit} className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start" noValidate>
        <Field
          label={t("email")}
          name="inviteEmail"
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors?.email?.[0]}
        />
        <SelectField
          label={t("role")}
          name="inviteRole"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          options={grantableRoles(organization.role).map((value) => ({ value, label: roles(value) }))}
          error={fieldErrors?.role?.[0]}
        />
        <Button type="submit" className="sm:mt-6" disabled={invite.isPending}>
          {t("submit")}
        </Button>
      </form>
      {invite.error && !fieldErrors && <FormAlert>{invite.error.message}</FormAlert>}
      {invite.data && (
        <div role="status" className="mt-4 space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p>
            {t.rich("created", { email: invite.data.email, days: INVITATION_TTL_DAYS, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            {invite.data.emailed ? t("emailed") : t("notEmailed")}
          </p>
          <p className="flex items-center gap-2">
            {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
            <span className="break-all font-mono text-xs" aria-label={t("link")}>
              {invite.data.link}
            </span>
            <CopyButton text={invite.data.link} what={t("linkWhat")} />
          </p>
        </div>
      )}
      {!invite.data && !emailConfigured && <p className="mt-3 text-xs text-slate-500">{t("noEmail")}</p>}
    </section>
  );
}
