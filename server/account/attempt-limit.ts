import type { Db } from "../db";

/**
 * Counts attempts per key in fixed windows and says whether this attempt is over the limit. The
 * increment and the read are one statement (INSERT … ON CONFLICT DO UPDATE … RETURNING), so
 * parallel attempts each get their own number and no more than `limit` of them can pass: reading
 * the count first and recording the attempt afterwards let 25 simultaneous guesses all through.
 */
export interface AttemptLimit {
  /** What is counted, e.g. "sign-in:email" (keys are `${scope}:${subject}`). */
  scope: string;
  limit: number;
  windowMs: number;
}

/** Records one attempt for each subject and returns the scopes whose limit this attempt exceeds. */
export async function recordAttempts(
  db: Db,
  attempts: { limit: AttemptLimit; subject: string }[],
  now = new Date(),
): Promise<AttemptLimit[]> {
  const exceeded: AttemptLimit[] = [];
  // One statement per key: a multi-row upsert could deadlock with another one taking the same
  // rows in the other order.
  for (const { limit, subject } of attempts) {
    const windowOpen = new Date(now.getTime() - limit.windowMs);
    const [row] = await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "AttemptCounter" ("key", "count", "windowStart") VALUES (${`${limit.scope}:${subject}`}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "AttemptCounter"."windowStart" <= ${windowOpen} THEN 1 ELSE "AttemptCounter"."count" + 1 END,
        "windowStart" = CASE WHEN "AttemptCounter"."windowStart" <= ${windowOpen} THEN ${now} ELSE "AttemptCounter"."windowStart" END
      RETURNING "count"`;
    if (Number(row.count) > limit.limit) exceeded.push(limit);
  }
  return exceeded;
}

/** Gives an attempt back (a successful sign-in is not a failure), or forgets a subject entirely. */
export async function forgetAttempts(db: Db, limit: AttemptLimit, subject: string, { all = false } = {}) {
  const key = `${limit.scope}:${subject}`;
  if (all) await db.attemptCounter.deleteMany({ where: { key } });
  else await db.attemptCounter.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

const lastPruned = new WeakMap<Db, number>();

/** Deletes counters whose window closed a day ago, at most every ten minutes per process. */
export async function pruneAttemptCounters(db: Db, now = new Date()) {
  if (now.getTime() - (lastPruned.get(db) ?? 0) < 10 * 60_000) return;
  lastPruned.set(db, now.getTime());
  await db.attemptCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}
