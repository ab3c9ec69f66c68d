import { newestFirstPage } from "../database/pages";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { SCENARIO_TARGET_TYPES, type ListAuditEntriesInput } from "./rules";
import { dateRange } from "./time-zone";

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

/** What the audit log shows of an entry: everything but the organization it belongs to. */
const entryFields = {
  id: true,
  createdAt: true,
  actorId: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  before: true,
  after: true,
} satisfies Prisma.AuditEntrySelect;

// Inputs arrive validated by the router's schema from ./rules.

/** The organization's entries, newest first, one page at a time. Entries are never edited or deleted. */
export async function listAuditEntries(db: Db, organizationId: string, input: ListAuditEntriesInput) {
  const actor = input.actor || undefined;
  const where: Prisma.AuditEntryWhereInput = {
    organizationId,
    action: input.action,
    createdAt: dateRange(input),
    ...(actor && (actor.includes("@") ? { actorEmail: { equals: actor, mode: "insensitive" } } : { actorId: actor })),
    ...(input.sceneId && { targetType: { in: SCENARIO_TARGET_TYPES }, targetId: input.sceneId }),
  };
  return newestFirstPage(
    input,
    () => db.auditEntry.count({ where }),
    (page) => db.auditEntry.findMany({ where, select: entryFields, ...page }),
  );
}

/** Everyone who has an entry in the organization (members or not any more), for the Actor filter. */
export async function listAuditActors(db: Db, organizationId: string) {
  const groups = await db.auditEntry.groupBy({
    by: ["actorId", "actorEmail"],
    where: { organizationId },
    orderBy: [{ actorEmail: "asc" }, { actorId: "asc" }],
  });
  return groups.map((group) => ({ id: group.actorId, email: group.actorEmail }));
}
