import type { AttemptLimit } from "./attempt-limit";

/**
 * How many attempts the console allows. Failed sign-ins are limited per email (slows guessing one
 * account's password) and per client address (slows trying many accounts from one machine); the
 * address limit is higher because an office or a carrier NAT puts many people behind one address.
 * Sign-ups are limited per address because "this email already has an account" tells who uses
 * the console: a handful an hour serves people, not enumeration.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_PER_EMAIL: AttemptLimit = { scope: "sign-in:email", limit: 10, windowMs: SIGN_IN_WINDOW_MINUTES * 60_000 };
export const SIGN_IN_PER_ADDRESS: AttemptLimit = { scope: "sign-in:address", limit: 30, windowMs: SIGN_IN_WINDOW_MINUTES * 60_000 };
export const SIGN_UP_PER_ADDRESS: AttemptLimit = { scope: "sign-up:address", limit: 10, windowMs: 60 * 60_000 };

export const THROTTLED_MESSAGE = `Too many failed sign-in attempts. Wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`;
export const SIGN_UP_THROTTLED_MESSAGE = "Too many sign-up attempts from your network. Wait an hour and try again.";

/**
 * Reset emails are limited per email (nobody's inbox gets flooded with links) and per client
 * address (one machine cannot mail the whole user list). Counted on every request, whether the
 * account exists or not, so the limit itself tells nothing.
 */
export const PASSWORD_RESET_PER_EMAIL: AttemptLimit = { scope: "password-reset:email", limit: 5, windowMs: 60 * 60_000 };
export const PASSWORD_RESET_PER_ADDRESS: AttemptLimit = { scope: "password-reset:address", limit: 20, windowMs: 60 * 60_000 };

/** "Resend email" on the verification banner, per account: enough for a lost email, not a mail bomb. */
export const EMAIL_VERIFICATION_RESEND_PER_ACCOUNT: AttemptLimit = { scope: "verify-email:account", limit: 5, windowMs: 60 * 60_000 };
