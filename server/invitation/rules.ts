import { z } from "zod";
import { emailSchema } from "../account/rules";
import { roleSchema } from "../member/rules";

/** Rules of invitations: how long a link lives, what its states mean to the person holding it, the inputs. */
export const INVITATION_TTL_DAYS = 7;

export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked" | "unknown";

export const INVITATION_MESSAGES = {
  unknown: "This invitation link is not valid. Ask for a new invitation.",
  expired: "This invitation has expired. Ask for a new invitation.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was revoked. Ask for a new invitation.",
  wrongEmail: (email: string) => `This invitation was sent to ${email}. Sign in with that email to accept it.`,
  alreadyMember: "This person is already a member of the organization.",
  alreadyInvited: "This email already has a pending invitation. Revoke it to send a new one.",
  notFound: "This invitation does not exist in your organization.",
} as const satisfies Record<Exclude<InvitationStatus, "pending">, string> & Record<string, string | ((email: string) => string)>;

/** Where an invitation stands; revoked and accepted win over expired, so the message says what happened. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null,
  now: Date,
): InvitationStatus {
  if (!invitation) return "unknown";
  if (invitation.revokedAt) return "revoked";
  if (invitation.acceptedAt) return "accepted";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

const idSchema = z.string().min(1).max(64);

export const inviteInput = z.object({ email: emailSchema, role: roleSchema });
export const invitationIdInput = z.object({ invitationId: idSchema });
export const invitationTokenInput = z.object({ token: z.string().min(1).max(200) });
