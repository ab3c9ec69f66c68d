import type { Db } from "../db";
import type { RecentVerifications } from "./policy-checks";

/**
 * What the runtime keeps of past challenges, and for how long. Each challenge counts its client
 * verifications (attempts), so the frequency limits add those up per IP or device, for the
 * challenges of the last hour and day. Usage for billing lives in UsageCount, not here, so old
 * challenges can go once no limit looks at them.
 */
export const CHALLENGE_RETENTION_MS = 2 * 24 * 3600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

export async function recentVerifications(
  db: Db,
  challenge: { scenarioId: string; clientAddress: string | null; deviceId: string | null },
  now: Date,
): Promise<RecentVerifications> {
  const hourAgo = new Date(now.getTime() - 3600_000);
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  // One pass over the scenario's last day, through the (scenarioId, clientAddress|deviceId, createdAt) indexes.
  const [row] = await db.$queryRaw<{ ipHour: bigint; ipDay: bigint; deviceHour: bigint; deviceDay: bigint }[]>`
    SELECT
      COALESCE(SUM("attempts") FILTER (WHERE "clientAddress" = ${challenge.clientAddress} AND "createdAt" >= ${hourAgo}), 0) AS "ipHour",
      COALESCE(SUM("attempts") FILTER (WHERE "clientAddress" = ${challenge.clientAddress}), 0) AS "ipDay",
      COALESCE(SUM("attempts") FILTER (WHERE "deviceId" = ${challenge.deviceId} AND "createdAt" >= ${hourAgo}), 0) AS "deviceHour",
      COALESCE(SUM("attempts") FILTER (WHERE "deviceId" = ${challenge.deviceId}), 0) AS "deviceDay"
    FROM "Challenge"
    WHERE "scenarioId" = ${challenge.scenarioId} AND "createdAt" >= ${dayAgo}
      AND ("clientAddress" = ${challenge.clientAddress} OR "deviceId" = ${challenge.deviceId})`;
  return { ipHour: Number(row.ipHour), ipDay: Number(row.ipDay), deviceHour: Number(row.deviceHour), deviceDay: Number(row.deviceDay) };
}

const lastPruned = new WeakMap<Db, number>();

/** Deletes challenges older than the retention, at most every ten minutes per process. */
export async function pruneChallenges(db: Db, now: Date) {
  if (now.getTime() - (lastPruned.get(db) ?? 0) < PRUNE_EVERY_MS) return;
  lastPruned.set(db, now.getTime());
  await db.challenge.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - CHALLENGE_RETENTION_MS) } } });
}
