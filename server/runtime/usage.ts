import type { Db } from "../db";

export type UsageKind = "init" | "verify";

/** Today's date (UTC) as the day a call counts on. */
export const usageDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Counts one call. A single INSERT … ON CONFLICT DO UPDATE is atomic, so concurrent calls (and
 * several instances) never lose an increment, and it costs one short statement per call.
 */
export async function countCall(db: Db, call: { scenarioId: string; organizationId: string; kind: UsageKind; code: string }, now = new Date()) {
  await db.$executeRaw`
    INSERT INTO "UsageCount" ("scenarioId", "organizationId", "day", "kind", "code", "count")
    VALUES (${call.scenarioId}, ${call.organizationId}, ${usageDay(now)}::date, ${call.kind}, ${call.code}, 1)
    ON CONFLICT ("scenarioId", "day", "kind", "code") DO UPDATE SET "count" = "UsageCount"."count" + 1`;
}
