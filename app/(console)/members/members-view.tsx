"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Button } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import { FormAlert } from "@/app/_components/form-alert";
import { PageHeader } from "@/app/_components/page-header";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { grantableRoles, mayManage, roleChangeNeedsConfirmation } from "@/server/member/rules";
import type { Role } from "@/server/permissions";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { ConfirmRoleChange } from "./confirm-role-change";
import { InviteMember } from "./invite-member";
import { OrganizationSettings } from "./organization-settings";
import { PasswordResetLink } from "./password-reset-link";
import { roleChangeQuestion } from "./role-change-question";
import { SsoRequirement } from "./sso-requirement";

type Member = RouterOutputs["member"]["list"][number];

export function MembersView() {
  const organization = useCurrentOrganization();
  const router = useRouter();
  const canManage = usePermission("member.manage");
  const t = useTranslations("members");
  const roles = useTranslations("roles");
  const translate = useTranslations();
  const locale = useLocale();
  const dateFormat = (date: Date) => date.toLocaleDateString(locale, { year: "numeric", month: "short", day: "numeric" });
  const utils = trpc.useUtils();
  const members = trpc.member.list.useQuery({ organizationId: organization.id });
  const invitations = trpc.invitation.list.useQuery({ organizationId: organization.id });
  const [error, setError] = useState<string>();
  const onError = (e: { message: string }) => setError(e.message);
  const refresh = async () => {
    setError(undefined);
    await Promise.all([utils.member.list.invalidate(), utils.organization.invalidate()]);
    router.refresh(); // the header shows the caller's role
  };
  const updateRole = trpc.member.updateRole.useMutation({ onSuccess: refresh, onError });
  // A change that asks first (ownership, one's own role) waits here; its errors show in the dialog.
  const [confirming, setConfirming] = useState<{ member: Member; role: Role }>();
  const confirmedRole = trpc.member.updateRole.useMutation({
    onSuccess: async () => {
      setConfirming(undefined);
      await refresh();
    },
  });
  const { reset: resetConfirmed } = confirmedRole;
  const cancelConfirming = useCallback(() => {
    setConfirming(undefined);
    resetConfirmed();
  }, [resetConfirmed]);
  const chooseRole = (member: Member, role: Role) => {
    if (roleChangeNeedsConfirmation({ to: role, ownRole: member.user.id === organization.me.id })) setConfirming({ member, role });
    else updateRole.mutate({ organizationId: organization.id, membershipId: member.id, role });
  };
  const remove = trpc.member.remove.useMutation({ onSuccess: refresh, onError });
  const leave = trpc.member.leave.useMutation({
    onSuccess: () => {
      router.replace("/overview");
      router.refresh();
    },
    onError,
  });
  const revoke = trpc.invitation.revoke.useMutation({ onSuccess: () => utils.invitation.list.invalidate(), onError });
  // Owners hand teammates a reset link only when the server cannot email one (the server checks both).
  const offerPasswordReset = organization.role === "OWNER" && invitations.data?.emailConfigured === false;
  const resetPassword = trpc.passwordReset.createForMember.useMutation({ onMutate: () => setError(undefined), onError });

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organization: organization.name })} />
      {error && (
        <div className="mb-4">
          <FormAlert>{error}</FormAlert>
        </div>
      )}

      <section aria-labelledby="members-heading" className="mb-8">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          {t("title")}
        </h2>
        {resetPassword.data && <PasswordResetLink email={resetPassword.data.email} link={resetPassword.data.link} />}
        <DataTable columns={(["email", "role", "joined", "actions"] as const).map((column) => t(`columns.${column}`))}>
          {members.data?.map((member) => {
            const isMe = member.user.id === organization.me.id;
            // Your own role too (with a confirmation); removing yourself is Leave.
            const roleEditable = canManage && mayManage(organization.role, member.role);
            const removable = roleEditable && !isMe;
            return (
              <tr key={member.id}>
                <td className="px-4 py-3">
                  {member.user.email}
                  {isMe && <span className="ml-2 text-xs text-slate-500">{t("you")}</span>}
                </td>
                <td className="px-4 py-3">
                  {roleEditable ? (
                    <select
                      aria-label={t("accessLevelOf", { email: member.user.email })}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1"
                      value={member.role}
                      disabled={updateRole.isPending || confirmedRole.isPending}
                      onChange={(event) => chooseRole(member, event.target.value as Role)}
                    >
                      {grantableRoles(organization.role)
                        .concat(grantableRoles(organization.role).includes(member.role) ? [] : [member.role])
                        .map((role) => (
                          <option key={role} value={role}>
                            {roles(role)}
                          </option>
                        ))}
                    </select>
                  ) : (
                    roles(member.role)
                  )}
                </td>
                <td className="px-4 py-3 text-slate-600">{dateFormat(member.createdAt)}</td>
                <td className="px-4 py-3">
                  <div className="flex flex-wrap gap-1">
                    {offerPasswordReset && !isMe && (
                      <Button
                        variant="ghost"
                        disabled={resetPassword.isPending}
                        onClick={() => resetPassword.mutate({ organizationId: organization.id, membershipId: member.id })}
                      >
                        {t("resetPassword")}
                      </Button>
                    )}
                    {isMe ? (
                      <Button variant="ghost" onClick={() => leave.mutate({ organizationId: organization.id })}>
                        {t("leave")}
                      </Button>
                    ) : (
                      removable && (
                        <Button variant="ghost" onClick={() => remove.mutate({ organizationId: organization.id, membershipId: member.id })}>
                          {t("remove")}
                        </Button>
                      )
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      {canManage && (
        <div className="mb-8">
          <InviteMember emailConfigured={invitations.data?.emailConfigured ?? false} />
        </div>
      )}

      <section aria-labelledby="invitations-heading" className="mb-8">
        <h2 id="invitations-heading" className="mb-3 text-lg font-semibold">
          {t("pendingInvitations")}
        </h2>
        {invitations.data?.invitations.length ? (
          <DataTable
            columns={(["email", "role", "invitedBy", "expires", "actions"] as const).map((column) => t(`invitationColumns.${column}`))}
          >
            {invitations.data.invitations.map((invitation) => (
              <tr key={invitation.id}>
                <td className="px-4 py-3">{invitation.email}</td>
                <td className="px-4 py-3">{roles(invitation.role)}</td>
                <td className="px-4 py-3">{invitation.invitedByEmail}</td>
                <td className="px-4 py-3 text-slate-600">{dateFormat(invitation.expiresAt)}</td>
                <td className="px-4 py-3">
                  {canManage && (
                    <Button variant="ghost" onClick={() => revoke.mutate({ organizationId: organization.id, invitationId: invitation.id })}>
                      {t("revoke")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-sm text-slate-600">{t("noInvitations")}</p>
        )}
      </section>

      {organization.role === "OWNER" && organization.ssoProvider && <SsoRequirement providerName={organization.ssoProvider} />}
      {organization.role === "OWNER" && members.data && <OrganizationSettings members={members.data} />}

      {confirming && (
        <ConfirmRoleChange
          {...roleChangeQuestion(translate, {
            member: { email: confirming.member.user.email, role: confirming.member.role },
            to: confirming.role,
            own: confirming.member.user.id === organization.me.id,
          })}
          pending={confirmedRole.isPending}
          error={confirmedRole.error?.message}
          onConfirm={() =>
            confirmedRole.mutate({ organizationId: organization.id, membershipId: confirming.member.id, role: confirming.role })
          }
          onCancel={cancelConfirming}
        />
      )}
    </>
  );
}
