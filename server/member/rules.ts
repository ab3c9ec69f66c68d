import { z } from "zod";
import { ROLES, type Role } from "../permissions";

/** Rules of membership: who may grant or touch which role, and the inputs of member actions. */
export const MEMBER_MESSAGES = {
  lastOwner: "An organization needs at least one owner. Make someone else an owner or transfer ownership first.",
  adminCannotTouchOwner: "Only an owner can change or remove an owner.",
  adminCannotGrantOwner: "Only an owner can make someone an owner.",
  notAMember: "This person is not a member of your organization.",
  useLeave: "To leave the organization, use Leave.",
  transferToSelf: "You already own this organization. Choose another member.",
} as const;

export const roleSchema = z.enum(ROLES, { error: "Choose a role: Owner, Admin, Member or Viewer." });

/** Admins manage members and viewers but never owners; owners manage everyone. */
export function mayManage(actor: Role, target: Role): boolean {
  if (actor === "OWNER") return true;
  return actor === "ADMIN" && target !== "OWNER";
}

/** Which roles an actor may give (to a new invitee or an existing member). */
export function grantableRoles(actor: Role): Role[] {
  if (actor === "OWNER") return [...ROLES];
  if (actor === "ADMIN") return ["ADMIN", "MEMBER", "VIEWER"];
  return [];
}

/**
 * A role change that asks to confirm first: making someone an owner (they may then change or remove
 * anyone, the one who promoted them included) and any change of one's own role (which one cannot
 * undo oneself: a member never grants a role above their own).
 */
export function roleChangeNeedsConfirmation(change: { to: Role; ownRole: boolean }): boolean {
  return change.to === "OWNER" || change.ownRole;
}

/** Who may give `role` back: the roles that may grant it. */
export function grantersOf(role: Role): Role[] {
  return ROLES.filter((granter) => grantableRoles(granter).includes(role));
}

const idSchema = z.string().min(1).max(64);

export const memberIdInput = z.object({ membershipId: idSchema });
export const changeRoleInput = z.object({ membershipId: idSchema, role: roleSchema });
