import type { Prisma } from "../generated/prisma/client";

/** Who did something: kept by id and, since accounts can go, by the email they had then. */
export interface Actor {
  userId: string;
  email: string;
}

export interface AuditRecord {
  organizationId: string;
  actor: Actor;
  /** "<target>.<verb>", e.g. "scenario.update". */
  action: string;
  target: { type: string; id: string; label: string };
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * Writes one audit entry. Always call it with the transaction that makes the change, so that a
 * change is never recorded without happening, nor happens without being recorded.
 */
export function recordAudit(tx: Prisma.TransactionClient, record: AuditRecord) {
  return tx.auditEntry.create({
    data: {
      organizationId: record.organizationId,
      actorId: record.actor.userId,
      actorEmail: record.actor.email,
      action: record.action,
      targetType: record.target.type,
      targetId: record.target.id,
      targetLabel: record.target.label,
      before: record.before ?? undefined,
      after: record.after ?? undefined,
    },
  });
}
