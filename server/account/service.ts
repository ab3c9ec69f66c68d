import type { Locale } from "@/i18n/locales";
import type { Db } from "../db";
import { withUniqueRace } from "../database/unique-race";
import { DomainError } from "../errors";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../auth/password";
import { personalOrganizationName } from "../organization/rules";
import { createOrganization } from "../organization/service";
import { sendVerificationEmail } from "../email-verification/service";
import { emailConfigured } from "../mail/mailer";
import { oidcOnly } from "../sso/config";
import { SIGN_UP_OFF_MESSAGE } from "../sso/rules";
import { signInInput, signUpInput, type SignUpInput } from "./rules";
import { forgetAttempts, pruneAttemptCounters, recordAttempts } from "./attempt-limit";
import { SIGN_IN_PER_ADDRESS, SIGN_IN_PER_EMAIL, SIGN_UP_PER_ADDRESS, SIGN_UP_THROTTLED_MESSAGE, THROTTLED_MESSAGE } from "./limits";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

/**
 * Creates the account and its personal organization, with the new user as OWNER. Attempts are
 * limited per client address, since the duplicate-email answer tells whether someone has an account.
 */
export async function signUp(db: Db, rawInput: SignUpInput, address = "unknown", baseUrl = "http://localhost:3000", locale?: Locale) {
  if (oidcOnly()) throw new DomainError("FORBIDDEN", SIGN_UP_OFF_MESSAGE);
  const input = signUpInput.parse(rawInput);
  if ((await recordAttempts(db, [{ limit: SIGN_UP_PER_ADDRESS, subject: address }])).length > 0) {
    throw new DomainError("TOO_MANY_REQUESTS", SIGN_UP_THROTTLED_MESSAGE);
  }
  const passwordHash = await hashPassword(input.password);
  // Without email there is nothing to verify with: the account counts as verified from the start.
  const verifiable = emailConfigured();
  // Two sign-ups with the same email at once: the unique index decides.
  const account = await withUniqueRace(
    () =>
      db.$transaction(async (tx) => {
        const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
        if (existing) throw new DomainError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, "email");
        const user = await tx.user.create({ data: { email: input.email, passwordHash, emailVerifiedAt: verifiable ? null : new Date() } });
        const organization = await createOrganization(tx, {
          name: personalOrganizationName(input.email),
          userId: user.id,
        });
        return { userId: user.id, email: user.email, organizationId: organization.id };
      }),
    new DomainError("CONFLICT", DUPLICATE_EMAIL_MESSAGE, "email"),
  );
  if (verifiable) {
    // Not awaited: the account exists either way, and the banner's Resend email covers a lost one.
    // In the language of the sign-up page: a new account has no saved language yet.
    sendVerificationEmail(db, { id: account.userId, email: account.email }, baseUrl, new Date(), locale).catch((error: unknown) => {
      console.error("Sending the verification email failed:", error);
    });
  }
  return account;
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string } }
  | { ok: false; reason: "invalid" | "throttled"; message: string };

export const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password.";

/**
 * Checks a sign-in. Wrong email and wrong password get the same answer, in about the same time.
 * Every attempt is counted before the password is checked (so parallel guesses cannot all slip
 * under the limit); a successful one is given back afterwards.
 */
export async function authenticate(db: Db, credentials: { email?: unknown; password?: unknown }, address: string): Promise<SignInOutcome> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE };
  const { email, password } = parsed.data;

  await pruneAttemptCounters(db);
  const exceeded = await recordAttempts(db, [
    { limit: SIGN_IN_PER_EMAIL, subject: email },
    { limit: SIGN_IN_PER_ADDRESS, subject: address },
  ]);
  if (exceeded.length > 0) return { ok: false, reason: "throttled", message: THROTTLED_MESSAGE };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  // An account made by single sign-on has no password: it is checked against the decoy and refused alike.
  if (!user?.passwordHash || !valid) return { ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE };
  await forgetAttempts(db, SIGN_IN_PER_EMAIL, email, { all: true });
  await forgetAttempts(db, SIGN_IN_PER_ADDRESS, address);
  return { ok: true, user: { id: user.id, email: user.email } };
}

export const WRONG_CURRENT_PASSWORD_MESSAGE = "This is not your current password.";
export const NO_PASSWORD_MESSAGE = "This account was created by single sign-on and has no password to change.";

/**
 * Sets a new password after checking the current one, and ends every other session of the
 * account: whoever knew the old password (or holds an old cookie) is signed out.
 */
export async function changePassword(
  db: Db,
  userId: string,
  currentSessionId: string,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (user && user.passwordHash === null) throw new DomainError("BAD_REQUEST", NO_PASSWORD_MESSAGE, "currentPassword");
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("BAD_REQUEST", WRONG_CURRENT_PASSWORD_MESSAGE, "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.userSession.deleteMany({ where: { userId, id: { not: currentSessionId } } }),
  ]);
}
