import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";

export type UsageKind = "init" | "verify";

export interface CountedCall {
  scenarioId: string;
  organizationId: string;
  kind: UsageKind;
  code: string;
}

/** Today's date (UTC) as the day a call counts on. */
export const usageDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** How long a count may wait in memory before it is written. */
export const USAGE_FLUSH_MS = 500;

/**
 * Every call is counted (each one is billed, whatever the rule status), but not with a write per
 * call: all calls of a busy scenario would queue on the same counter row, and on the embedded
 * database every statement waits its turn. Counts gather in memory per database and are added
 * to their rows at most every USAGE_FLUSH_MS, in one statement. Readers flush first, so this
 * instance's counts are always current; what a crash could lose is the last half second.
 */
interface Pending extends CountedCall {
  day: Date;
  count: number;
}
interface Buffer {
  pending: Map<string, Pending>;
  timer?: ReturnType<typeof setTimeout>;
  flushing: Promise<void>;
}
const buffers = new WeakMap<Db, Buffer>();

const keyOf = (call: CountedCall, day: Date) => `${call.scenarioId}|${day.toISOString()}|${call.kind}|${call.code}`;

/** Adds counts to what is waiting, and makes sure a write follows. */
function gather(db: Db, buffer: Buffer, call: CountedCall, day: Date, count: number) {
  const entry = buffer.pending.get(keyOf(call, day));
  if (entry) entry.count += count;
  else buffer.pending.set(keyOf(call, day), { ...call, day, count });
  // unref: a pending write never keeps a finished process (a test, a script) alive on its own.
  buffer.timer ??= setTimeout(() => void flushUsage(db).catch(() => {}), USAGE_FLUSH_MS);
  buffer.timer.unref?.();
}

function bufferOf(db: Db): Buffer {
  let buffer = buffers.get(db);
  if (!buffer) buffers.set(db, (buffer = { pending: new Map(), flushing: Promise.resolve() }));
  return buffer;
}

export function countCall(db: Db, call: CountedCall, now = new Date()) {
  gather(db, bufferOf(db), call, usageDay(now), 1);
}

/** Writes the gathered counts. Safe to call at any time; concurrent calls write in turn. */
export function flushUsage(db: Db): Promise<void> {
  const buffer = bufferOf(db);
  buffer.flushing = buffer.flushing.then(async () => {
    clearTimeout(buffer.timer);
    buffer.timer = undefined;
    if (buffer.pending.size === 0) return;
    const rows = [...buffer.pending.values()];
    buffer.pending.clear();
    try {
      await writeCounts(db, rows);
    } catch (error) {
      // Put them back: written by the next flush, never dropped for a passing failure.
      for (const { day, count, ...call } of rows) gather(db, buffer, call, day, count);
      throw error;
    }
  });
  return buffer.flushing;
}

/**
 * One INSERT … ON CONFLICT DO UPDATE adds every delta atomically, so instances sharing a database
 * never overwrite each other. Counts of a scenario deleted meanwhile are dropped with it (WHERE
 * EXISTS), as its history is.
 */
async function writeCounts(db: Db, rows: Pending[]) {
  const values = Prisma.join(
    rows.map((row) => Prisma.sql`(${row.scenarioId}, ${row.organizationId}, ${row.day}::date, ${row.kind}, ${row.code}, ${row.count}::int)`),
  );
  await db.$executeRaw`
    INSERT INTO "UsageCount" ("scenarioId", "organizationId", "day", "kind", "code", "count")
    SELECT * FROM (VALUES ${values}) AS v("scenarioId", "organizationId", "day", "kind", "code", "count")
    WHERE EXISTS (SELECT 1 FROM "Scenario" s WHERE s."id" = v."scenarioId")
    ON CONFLICT ("scenarioId", "day", "kind", "code") DO UPDATE SET "count" = "UsageCount"."count" + EXCLUDED."count"`;
}
