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

const idSchema = z.string().min(1).max(64);

export const memberIdInput = z.object({ membershipId: idSchema });
export const changeRoleInput = z.object({ membershipId: idSchema, role: roleSchema });
