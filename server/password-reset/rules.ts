import { z } from "zod";
import { emailSchema, newPasswordSchema } from "../account/rules";

/**
 * Password reset as plain data: how long a link lives, what the pages say, what the forms accept.
 * Safe to import in the browser, so the forms and the server say the same things.
 */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export const PASSWORD_RESET_MESSAGES = {
  /** The one answer to every request, whether the account exists or not. */
  sent: "If an account exists for this email, we sent a link to reset its password.",
  emailNotConfigured:
    "Email is not set up on this server, so it cannot send you a reset link. Ask an Owner of your organization to create one for you on the Members page.",
  throttled: "Too many reset requests. Wait an hour and try again.",
  invalidLink: "This link has expired or was already used.",
  ownPassword: "Change your own password on your Profile page.",
  emailConfigured: "Email is set up on this server: your teammate can ask for a reset link on the sign-in page.",
  memberNotFound: "This person is not a member of this organization.",
} as const;

const tokenSchema = z.string().min(1).max(128);

export const requestPasswordResetInput = z.object({ email: emailSchema });
export const passwordResetTokenInput = z.object({ token: tokenSchema });
export const completePasswordResetInput = z.object({ token: tokenSchema, newPassword: newPasswordSchema });
export const memberPasswordResetInput = z.object({ membershipId: z.string().min(1).max(64) });

export const passwordResetPath = (token: string) => `/reset-password/${token}`;

/** Whether a stored link can still be used. */
export function passwordResetUsable(reset: { expiresAt: Date; usedAt: Date | null } | null, now = new Date()) {
  return reset !== null && reset.usedAt === null && reset.expiresAt > now;
}
