import type { AuditAction } from "../audit/rules";
import { recordAudit, type Actor } from "../audit/service";
import type { Db } from "../db";
import { DomainError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../permissions";
import { MEMBER_MESSAGES, grantableRoles, mayManage } from "./rules";

type Tx = Prisma.TransactionClient;

/** The acting member: who they are and the role they hold in the organization. */
export interface MemberActor extends Actor {
  role: Role;
}

export function listMembers(db: Db, organizationId: string) {
  return db.membership.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true } } },
  });
}

async function loadMember(tx: Tx, organizationId: string, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, organizationId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!member) throw new DomainError("NOT_FOUND", MEMBER_MESSAGES.notAMember);
  return member;
}

/** Refuses a change that would leave the organization without an owner. */
async function assertAnotherOwner(tx: Tx, organizationId: string, leavingOwnerId: string) {
  const others = await tx.membership.count({ where: { organizationId, role: "OWNER", NOT: { id: leavingOwnerId } } });
  if (others === 0) throw new DomainError("PRECONDITION_FAILED", MEMBER_MESSAGES.lastOwner);
}

/** Takes a member out of the organization (never its last owner), and records it. */
async function endMembership(
  tx: Tx,
  {
    organizationId,
    actor,
    action,
    member,
  }: { organizationId: string; actor: Actor; action: AuditAction; member: { id: string; role: Role; userId: string; email: string } },
) {
  if (member.role === "OWNER") await assertAnotherOwner(tx, organizationId, member.id);
  await tx.membership.deleteMany({ where: { id: member.id, organizationId } });
  await recordAudit(tx, {
    organizationId,
    actor,
    action,
    target: { type: "member", id: member.userId, label: member.email },
    before: { email: member.email, role: member.role },
  });
}

export async function changeRole(db: Db, actor: MemberActor, organizationId: string, input: { membershipId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const member = await loadMember(tx, organizationId, input.membershipId);
    if (!mayManage(actor.role, member.role)) throw new DomainError("FORBIDDEN", MEMBER_MESSAGES.adminCannotTouchOwner);
    if (!grantableRoles(actor.role).includes(input.role)) throw new DomainError("FORBIDDEN", MEMBER_MESSAGES.adminCannotGrantOwner, "role");
    if (member.role === "OWNER" && input.role !== "OWNER") await assertAnotherOwner(tx, organizationId, member.id);
    await tx.membership.updateMany({ where: { id: member.id, organizationId }, data: { role: input.role } });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "member.updateRole",
      target: { type: "member", id: member.userId, label: member.user.email },
      before: { role: member.role },
      after: { role: input.role },
    });
    return { membershipId: member.id, role: input.role };
  });
}

export async function removeMember(db: Db, actor: MemberActor, organizationId: string, membershipId: string) {
  return db.$transaction(async (tx) => {
    const member = await loadMember(tx, organizationId, membershipId);
    if (member.userId === actor.userId) throw new DomainError("BAD_REQUEST", MEMBER_MESSAGES.useLeave);
    if (!mayManage(actor.role, member.role)) throw new DomainError("FORBIDDEN", MEMBER_MESSAGES.adminCannotTouchOwner);
    const leaving = { id: member.id, role: member.role, userId: member.userId, email: member.user.email };
    await endMembership(tx, { organizationId, actor, action: "member.remove", member: leaving });
    return { membershipId };
  });
}

export async function leaveOrganization(db: Db, actor: MemberActor, organizationId: string) {
  return db.$transaction(async (tx) => {
    const me = await tx.membership.findFirst({ where: { organizationId, userId: actor.userId }, select: { id: true, role: true } });
    if (!me) throw new DomainError("NOT_FOUND", MEMBER_MESSAGES.notAMember);
    const leaving = { id: me.id, role: me.role, userId: actor.userId, email: actor.email };
    await endMembership(tx, { organizationId, actor, action: "member.leave", member: leaving });
    return { organizationId };
  });
}

/** Makes another member the owner; the previous owner stays on as an admin. */
export async function transferOwnership(db: Db, actor: MemberActor, organizationId: string, membershipId: string) {
  return db.$transaction(async (tx) => {
    const member = await loadMember(tx, organizationId, membershipId);
    if (member.userId === actor.userId) throw new DomainError("BAD_REQUEST", MEMBER_MESSAGES.transferToSelf);
    const me = await tx.membership.findFirstOrThrow({ where: { organizationId, userId: actor.userId }, select: { id: true } });
    await tx.membership.updateMany({ where: { id: member.id, organizationId }, data: { role: "OWNER" } });
    await tx.membership.updateMany({ where: { id: me.id, organizationId }, data: { role: "ADMIN" } });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "organization.transferOwnership",
      target: { type: "member", id: member.userId, label: member.user.email },
      before: { owner: actor.email, [member.user.email]: member.role },
      after: { owner: member.user.email, [actor.email]: "ADMIN" },
    });
    return { membershipId: member.id };
  });
}
