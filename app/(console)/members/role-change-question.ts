import { grantersOf } from "@/server/member/rules";
import { abilitiesLost, abilitiesOf, ROLE_LABELS, roleWithArticle as aRole, type Role } from "@/server/permissions";
import type { RoleChangeEffect } from "./confirm-role-change";

/** What the confirmation dialog asks: a title naming the person, the effects, and the button. */
export interface RoleChangeQuestion {
  title: string;
  effects: RoleChangeEffect[];
  note?: string;
  confirmLabel: string;
}

/** Changing one member's role (the dropdown), when roleChangeNeedsConfirmation says to ask. */
export function roleChangeQuestion({
  member,
  to,
  own,
}: {
  member: { email: string; role: Role };
  to: Role;
  own: boolean;
}): RoleChangeQuestion {
  if (own) {
    return {
      title: `Change your own role to ${ROLE_LABELS[to]}?`,
      effects: [{ who: `You (${member.email})`, abilities: abilitiesOf(to), lost: abilitiesLost(member.role, to) }],
      note: `You cannot undo this yourself: to be ${aRole(member.role)} again, ask ${grantersOf(member.role).map(aRole).join(" or ")}.`,
      confirmLabel: "Change my role",
    };
  }
  return {
    title: `Make ${member.email} ${aRole(to)}?`,
    effects: [{ who: member.email, abilities: abilitiesOf(to) }],
    // Owners manage owners: the one who promotes them is no exception.
    note: to === "OWNER" ? `As an owner, ${member.email} can also change your role or remove you from the organization.` : undefined,
    confirmLabel: to === "OWNER" ? "Make owner" : "Change role",
  };
}

/** Transferring ownership: the new owner gains everything, and the current owner becomes an admin. */
export function transferQuestion({ newOwner, me }: { newOwner: { email: string }; me: { email: string } }): RoleChangeQuestion {
  return {
    title: `Transfer ownership to ${newOwner.email}?`,
    effects: [
      { who: newOwner.email, abilities: abilitiesOf("OWNER") },
      { who: `You (${me.email})`, abilities: abilitiesOf("ADMIN"), lost: abilitiesLost("OWNER", "ADMIN") },
    ],
    note: `You stay in the organization as an admin; only an owner can make you an owner again.`,
    confirmLabel: "Transfer ownership",
  };
}
