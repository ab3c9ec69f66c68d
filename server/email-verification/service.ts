import { recordAttempts } from "../account/attempt-limit";
import { EMAIL_VERIFICATION_RESEND_PER_ACCOUNT } from "../account/limits";
import { hashLinkToken, newLinkToken } from "../auth/link-token";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Locale } from "@/i18n/locales";
import { emailTexts, recipientLocale } from "../mail/compose";
import { emailConfigured, sendEmail } from "../mail/mailer";
import { EMAIL_VERIFICATION_MESSAGES, EMAIL_VERIFICATION_TTL_HOURS, emailCountsAsVerified, verifyEmailPath } from "./rules";

/**
 * Stores a new single-use link for the account and emails it, in the account's saved language,
 * else the language of the request that asked for it (`requestLocale`).
 */
export async function sendVerificationEmail(
  db: Db,
  user: { id: string; email: string; language?: string | null },
  baseUrl: string,
  now = new Date(),
  requestLocale?: Locale,
) {
  const { token, tokenHash } = newLinkToken();
  await db.emailVerification.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + EMAIL_VERIFICATION_TTL_HOURS * 3600_000) },
  });
  const t = emailTexts(recipientLocale(user.language, requestLocale));
  await sendEmail({
    to: user.email,
    subject: t("verification.subject"),
    text: t("verification.body", { hours: EMAIL_VERIFICATION_TTL_HOURS, email: user.email, link: `${baseUrl}${verifyEmailPath(token)}` }),
  });
}

export async function verificationStatus(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return { email: user.email, verified: emailCountsAsVerified(user, emailConfigured()) };
}

/** Refuses what an unverified account may not do (see rules.ts), on the server. */
export async function assertEmailVerified(db: Db, userId: string) {
  if (!(await verificationStatus(db, userId)).verified) throw new DomainError("FORBIDDEN", EMAIL_VERIFICATION_MESSAGES.required);
}

/** "Resend email" on the banner: a new link, a few an hour per account. */
export async function resendVerificationEmail(db: Db, userId: string, baseUrl: string, now = new Date(), requestLocale?: Locale) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, emailVerifiedAt: true, language: true },
  });
  if (emailCountsAsVerified(user, emailConfigured())) return { sent: false, verified: true };
  const exceeded = await recordAttempts(db, [{ limit: EMAIL_VERIFICATION_RESEND_PER_ACCOUNT, subject: user.id }], now);
  if (exceeded.length > 0) throw new DomainError("TOO_MANY_REQUESTS", EMAIL_VERIFICATION_MESSAGES.throttled);
  try {
    await sendVerificationEmail(db, user, baseUrl, now, requestLocale);
  } catch (error) {
    console.error("Sending a verification email failed:", error);
    throw new DomainError("PRECONDITION_FAILED", EMAIL_VERIFICATION_MESSAGES.sendFailed);
  }
  return { sent: true, verified: false };
}

/** Opening the link: uses it up and marks the account's email verified. */
export async function verifyEmail(db: Db, token: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const link = await tx.emailVerification.findUnique({
      where: { tokenHash: hashLinkToken(token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true },
    });
    if (!link || link.usedAt || link.expiresAt <= now) return { verified: false };
    // Claimed conditionally, so the link works once even when opened twice at once.
    const { count } = await tx.emailVerification.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) return { verified: false };
    await tx.user.updateMany({ where: { id: link.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    return { verified: true };
  });
}
