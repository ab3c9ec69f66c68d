import { forgetAttempts, recordAttempts } from "../account/attempt-limit";
import { PASSWORD_RESET_PER_ADDRESS, PASSWORD_RESET_PER_EMAIL, SIGN_IN_PER_EMAIL } from "../account/limits";
import { recordAudit } from "../audit/service";
import { hashPassword } from "../auth/password";
import { hashLinkToken, newLinkToken } from "../auth/link-token";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { emailTexts, recipientLocale } from "../mail/compose";
import { emailConfigured, sendEmail } from "../mail/mailer";
import type { MemberActor } from "../member/service";
import {
  PASSWORD_RESET_MESSAGES,
  PASSWORD_RESET_TTL_MINUTES,
  completePasswordResetInput,
  passwordResetPath,
  passwordResetUsable,
  requestPasswordResetInput,
} from "./rules";

type Tx = Prisma.TransactionClient;

async function storeResetLink(tx: Tx | Db, userId: string, now: Date, createdBy?: { email: string; organizationId: string }) {
  const { token, tokenHash } = newLinkToken();
  await tx.passwordReset.create({
    data: {
      userId,
      tokenHash,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000),
      createdByEmail: createdBy?.email,
      organizationId: createdBy?.organizationId,
    },
  });
  return token;
}

/**
 * "Forgot password?": counts the request against the email and the client address, then answers
 * the same whatever the email. Looking the account up and sending happen in `delivery`, which the
 * caller does not wait for, so the answer takes as long for a stranger's email as for a member's.
 */
export async function requestPasswordReset(
  db: Db,
  rawInput: { email: string },
  address: string,
  baseUrl: string,
  now = new Date(),
  requestLocale?: Locale,
) {
  const { email } = requestPasswordResetInput.parse(rawInput);
  if (!emailConfigured()) throw new DomainError("PRECONDITION_FAILED", PASSWORD_RESET_MESSAGES.emailNotConfigured);
  const exceeded = await recordAttempts(
    db,
    [
      { limit: PASSWORD_RESET_PER_EMAIL, subject: email },
      { limit: PASSWORD_RESET_PER_ADDRESS, subject: address },
    ],
    now,
  );
  if (exceeded.length > 0) throw new DomainError("TOO_MANY_REQUESTS", PASSWORD_RESET_MESSAGES.throttled);
  const delivery = sendResetEmail(db, email, baseUrl, now, requestLocale).catch((error: unknown) => {
    console.error("Sending a password reset email failed:", error);
  });
  return { message: PASSWORD_RESET_MESSAGES.sent, delivery };
}

/** In the account's saved language, else the language of the Forgot password page that asked. */
async function sendResetEmail(db: Db, email: string, baseUrl: string, now: Date, requestLocale?: Locale) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, language: true } });
  if (!user) return;
  const token = await storeResetLink(db, user.id, now);
  const t = emailTexts(recipientLocale(user.language, requestLocale));
  await sendEmail({
    to: email,
    subject: t("passwordReset.subject"),
    text: t("passwordReset.body", { email, minutes: PASSWORD_RESET_TTL_MINUTES, link: `${baseUrl}${passwordResetPath(token)}` }),
  });
}

/** What the reset page shows: whether the link still works, and for which account. */
export async function describePasswordReset(db: Db, token: string, now = new Date()) {
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  if (!reset || !passwordResetUsable(reset, now)) return { usable: false as const };
  return { usable: true as const, email: reset.user.email };
}

/**
 * Sets the new password from a reset link: the link is used up, every session of the account ends
 * (whoever knew the old password is signed out), every other open link of the account dies, and
 * each of the person's organizations records it. The page then signs in with the new password.
 */
export async function completePasswordReset(db: Db, rawInput: { token: string; newPassword: string }, now = new Date()) {
  const input = completePasswordResetInput.parse(rawInput);
  const passwordHash = await hashPassword(input.newPassword);
  const result = await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: hashLinkToken(input.token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true, createdByEmail: true, user: { select: { email: true } } },
    });
    if (!reset || !passwordResetUsable(reset, now)) throw new DomainError("PRECONDITION_FAILED", PASSWORD_RESET_MESSAGES.invalidLink);
    // Claimed conditionally: of two submissions of one link at once, only one sets a password.
    const { count } = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw new DomainError("PRECONDITION_FAILED", PASSWORD_RESET_MESSAGES.invalidLink);
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    const { count: sessionsEnded } = await tx.userSession.deleteMany({ where: { userId: reset.userId } });
    const memberships = await tx.membership.findMany({ where: { userId: reset.userId }, select: { organizationId: true } });
    for (const { organizationId } of memberships) {
      await recordAudit(tx, {
        organizationId,
        actor: { userId: reset.userId, email: reset.user.email },
        action: "account.resetPassword",
        target: { type: "member", id: reset.userId, label: reset.user.email },
        after: { link: reset.createdByEmail ? `created by ${reset.createdByEmail}` : "emailed", sessionsEnded },
      });
    }
    return { email: reset.user.email };
  });
  // Whoever forgot a password has often been locked out by wrong guesses: the new one must work now.
  await forgetAttempts(db, SIGN_IN_PER_EMAIL, result.email, { all: true });
  return result;
}

/**
 * An owner's way to let a teammate back in when the server cannot send email: a reset link for
 * the member, shown once to the owner, who passes it on. Recorded in the organization.
 */
export async function createMemberPasswordReset(
  db: Db,
  actor: MemberActor,
  organizationId: string,
  membershipId: string,
  baseUrl: string,
  now = new Date(),
) {
  // With email, the person can ask for a link that reaches only them; an owner holding a working
  // link to a teammate's account is a power worth granting only when there is no other way.
  if (emailConfigured()) throw new DomainError("PRECONDITION_FAILED", PASSWORD_RESET_MESSAGES.emailConfigured);
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organizationId },
      select: { userId: true, user: { select: { email: true } } },
    });
    if (!member) throw new DomainError("NOT_FOUND", PASSWORD_RESET_MESSAGES.memberNotFound);
    if (member.userId === actor.userId) throw new DomainError("BAD_REQUEST", PASSWORD_RESET_MESSAGES.ownPassword);
    const token = await storeResetLink(tx, member.userId, now, { email: actor.email, organizationId });
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "member.createPasswordResetLink",
      target: { type: "member", id: member.userId, label: member.user.email },
      // The link is a secret: only that one was made, and until when it works.
      after: { email: member.user.email, expiresAt: expiresAt.toISOString() },
    });
    return { email: member.user.email, link: `${baseUrl}${passwordResetPath(token)}`, expiresAt };
  });
}
