import { z } from "zod";
import { emailSchema } from "../account/rules";
import { organizationNameSchema } from "../organization/rules";
import { ROLES, type Role } from "../permissions";

/** Rules of membership: who may grant or touch which role, and the inputs of member actions. */
export const INVITATION_TTL_DAYS = 7;

export const MEMBER_MESSAGES = {
  lastOwner: "An organization needs at least one owner. Make someone else an owner or transfer ownership first.",
  adminCannotTouchOwner: "Only an owner can change or remove an owner.",
  adminCannotGrantOwner: "Only an owner can make someone an owner.",
  notAMember: "This person is not a member of your organization.",
  alreadyMember: "This person is already a member of the organization.",
  alreadyInvited: "This email already has a pending invitation. Revoke it to send a new one.",
  invitationNotFound: "This invitation does not exist in your organization.",
  confirmName: "Type the organization's exact name to confirm.",
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

export const inviteInput = z.object({ email: emailSchema, role: roleSchema });
export const memberIdInput = z.object({ membershipId: idSchema });
export const changeRoleInput = z.object({ membershipId: idSchema, role: roleSchema });
export const invitationIdInput = z.object({ invitationId: idSchema });
export const createOrganizationInput = z.object({ name: organizationNameSchema });
export const deleteOrganizationInput = z.object({ confirmName: z.string().max(200) });
export const invitationTokenInput = z.object({ token: z.string().min(1).max(200) });
