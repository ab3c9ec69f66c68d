/**
 * Email verification as plain data: how long a link lives, what the console says, and what an
 * account whose email is unconfirmed may not do. Safe to import in the browser.
 */
export const EMAIL_VERIFICATION_TTL_HOURS = 24;

export const EMAIL_VERIFICATION_MESSAGES = {
  verified: "Your email address is verified.",
  invalidLink: "This verification link has expired or was already used. Send a new one from the banner in the console.",
  resent: "We sent you a new link. It works for 24 hours.",
  throttled: "You asked for several emails already. Wait an hour and try again.",
  sendFailed: "The email could not be sent. Try again in a few minutes.",
  /** Joining organizations and holding server credentials need an email that reaches its owner. */
  required: "Verify your email address first: open the link in the email we sent you, or use Resend email at the top of the console.",
} as const;

/**
 * Whether an account counts as verified. Without email on the server there is nothing to verify
 * with, so every account does (also one created while email was configured, if it is switched off).
 */
export function emailCountsAsVerified(user: { emailVerifiedAt: Date | null }, emailConfigured: boolean) {
  return user.emailVerifiedAt !== null || !emailConfigured;
}

export const verifyEmailPath = (token: string) => `/verify-email/${token}`;
