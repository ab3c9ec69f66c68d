import type { useTranslations } from "next-intl";
import { grantersOf } from "@/server/member/rules";
import { can, PERMISSIONS, type Permission, type Role } from "@/server/permissions";
import type { RoleChangeEffect } from "./confirm-role-change";

/** The console's texts, any namespace (useTranslations() in the dialog, createTranslator in tests). */
export type Translate = ReturnType<typeof useTranslations<never>>;

/** What the confirmation dialog asks: a title naming the person, the effects, and the button. */
export interface RoleChangeQuestion {
  title: string;
  effects: RoleChangeEffect[];
  note?: string;
  confirmLabel: string;
}

const permissionsOf = (role: Role) => (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));

/** Everything `role` may do, in the page's language and the permission map's order. */
export const abilitiesOf = (t: Translate, role: Role) => permissionsOf(role).map((permission) => t(`permissions.abilities.${permission}`));

/** What someone moving from `from` to `to` will no longer be able to do. */
function abilitiesLost(t: Translate, from: Role, to: Role) {
  return permissionsOf(from)
    .filter((permission) => !can(to, permission))
    .map((permission) => t(`permissions.abilities.${permission}`));
}

/** Changing one member's role (the dropdown), when roleChangeNeedsConfirmation says to ask. */
export function roleChangeQuestion(
  t: Translate,
  {
    member,
    to,
    own,
  }: {
    member: { email: string; role: Role };
    to: Role;
    own: boolean;
  },
): RoleChangeQuestion {
  const aRole = (role: Role) => t(`permissions.aRole.${role}`);
  if (own) {
    return {
      title: t("members.roleChange.ownTitle", { role: t(`roles.${to}`) }),
      effects: [
        { who: t("permissions.you", { email: member.email }), abilities: abilitiesOf(t, to), lost: abilitiesLost(t, member.role, to) },
      ],
      note: t("members.roleChange.ownNote", {
        role: aRole(member.role),
        granters: grantersOf(member.role).map(aRole).join(t("permissions.or")),
      }),
      confirmLabel: t("members.roleChange.ownConfirm"),
    };
  }
  return {
    title: t("members.roleChange.title", { email: member.email, role: aRole(to) }),
    effects: [{ who: member.email, abilities: abilitiesOf(t, to) }],
    // Owners manage owners: the one who promotes them is no exception.
    note: to === "OWNER" ? t("members.roleChange.ownerNote", { email: member.email }) : undefined,
    confirmLabel: to === "OWNER" ? t("members.roleChange.makeOwner") : t("members.roleChange.changeRole"),
  };
}

/** Transferring ownership: the new owner gains everything, and the current owner becomes an admin. */
export function transferQuestion(
  t: Translate,
  { newOwner, me }: { newOwner: { email: string }; me: { email: string } },
): RoleChangeQuestion {
  return {
    title: t("members.roleChange.transferTitle", { email: newOwner.email }),
    effects: [
      { who: newOwner.email, abilities: abilitiesOf(t, "OWNER") },
      { who: t("permissions.you", { email: me.email }), abilities: abilitiesOf(t, "ADMIN"), lost: abilitiesLost(t, "OWNER", "ADMIN") },
    ],
    note: t("members.roleChange.transferNote"),
    confirmLabel: t("members.roleChange.transferConfirm"),
  };
}
