import { recordAudit } from "../audit/service";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Locale } from "@/i18n/locales";
import { emailTexts, recipientLocale } from "../mail/compose";
import { emailConfigured, sendEmail } from "../mail/mailer";
import type { MemberActor } from "../member/service";
import { MEMBER_MESSAGES, grantableRoles } from "../member/rules";
import type { Role } from "../permissions";
import { INVITATION_MESSAGES, INVITATION_TTL_DAYS, invitationStatus, type InvitationStatus } from "./rules";
import { hashInvitationToken, invitationPath, newInvitationToken } from "./token";

const pendingWhere = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

export async function createInvitation(
  db: Db,
  actor: MemberActor,
  organization: { id: string; name: string },
  input: { email: string; role: Role },
  baseUrl: string,
  now = new Date(),
  requestLocale?: Locale,
) {
  if (!grantableRoles(actor.role).includes(input.role)) throw new DomainError("FORBIDDEN", MEMBER_MESSAGES.adminCannotGrantOwner, "role");
  const { token, tokenHash } = newInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organizationId: organization.id, user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new DomainError("CONFLICT", INVITATION_MESSAGES.alreadyMember, "email");
    const pending = await tx.invitation.findFirst({
      where: { organizationId: organization.id, email: input.email, ...pendingWhere(now) },
      select: { id: true },
    });
    if (pending) throw new DomainError("CONFLICT", INVITATION_MESSAGES.alreadyInvited, "email");
    const created = await tx.invitation.create({
      data: {
        organizationId: organization.id,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: actor.userId,
        invitedByEmail: actor.email,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 24 * 3600_000),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      organizationId: organization.id,
      actor,
      action: "member.invite",
      target: { type: "invitation", id: created.id, label: created.email },
      // The token is a secret: it is never recorded.
      after: { email: created.email, role: created.role, expiresAt: created.expiresAt.toISOString() },
    });
    return created;
  });

  const link = `${baseUrl}${invitationPath(token)}`;
  let emailed = false;
  if (emailConfigured()) {
    // In the invitee's saved language when they have an account, else the inviter's.
    const invitee = await db.user.findUnique({ where: { email: input.email }, select: { language: true } });
    const t = emailTexts(recipientLocale(invitee?.language, requestLocale));
    const values = { organization: organization.name, inviter: actor.email, role: input.role, days: INVITATION_TTL_DAYS, link };
    emailed = await sendEmail({
      to: input.email,
      subject: t("invitation.subject", values),
      text: t("invitation.body", values),
    }).catch((error) => {
      console.error("Sending the invitation email failed:", error);
      return false;
    });
  }
  return { ...invitation, link, emailed };
}

export function listPendingInvitations(db: Db, organizationId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { organizationId, ...pendingWhere(now) },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, invitedByEmail: true, createdAt: true, expiresAt: true },
  });
}

export async function revokeInvitation(db: Db, actor: MemberActor, organizationId: string, invitationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId, ...pendingWhere(now) } });
    if (!invitation) throw new DomainError("NOT_FOUND", INVITATION_MESSAGES.notFound);
    await tx.invitation.updateMany({ where: { id: invitation.id, organizationId }, data: { revokedAt: now } });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "invitation.revoke",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      before: { email: invitation.email, role: invitation.role, status: "pending" },
      after: { email: invitation.email, role: invitation.role, status: "revoked" },
    });
    return { invitationId };
  });
}

/** What the invitation page shows: anyone holding the link may see whom it is for and where. */
export async function describeInvitation(db: Db, token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      invitedByEmail: true,
      organization: { select: { name: true } },
    },
  });
  const status = invitationStatus(invitation, now);
  if (!invitation || status !== "pending") return { status: status as Exclude<InvitationStatus, "pending"> };
  return {
    status: "pending" as const,
    email: invitation.email,
    role: invitation.role,
    organizationName: invitation.organization.name,
    invitedBy: invitation.invitedByEmail,
  };
}

export async function acceptInvitation(db: Db, user: { id: string; email: string }, token: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    const status = invitationStatus(invitation, now);
    if (!invitation || status !== "pending") {
      throw new DomainError(
        status === "unknown" ? "NOT_FOUND" : "PRECONDITION_FAILED",
        INVITATION_MESSAGES[status as Exclude<InvitationStatus, "pending">],
      );
    }
    if (invitation.email !== user.email.toLowerCase()) throw new DomainError("FORBIDDEN", INVITATION_MESSAGES.wrongEmail(invitation.email));
    // Marking it used first, conditionally, makes the link single-use even when opened twice at once.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now },
    });
    if (count === 0) throw new DomainError("PRECONDITION_FAILED", INVITATION_MESSAGES.accepted);
    const existing = await tx.membership.findFirst({
      where: { organizationId: invitation.organizationId, userId: user.id },
      select: { id: true },
    });
    if (!existing) {
      await tx.membership.create({ data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role } });
    }
    await recordAudit(tx, {
      organizationId: invitation.organizationId,
      actor: { userId: user.id, email: user.email },
      action: "invitation.accept",
      target: { type: "member", id: user.id, label: user.email },
      after: { email: user.email, role: invitation.role },
    });
    return { organizationId: invitation.organizationId };
  });
}
