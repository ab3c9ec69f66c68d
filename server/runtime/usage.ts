import type { Sql } from "../database/sql";

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
/** After a failed write, the next try waits this long, doubling up to the maximum. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

/**
 * Every call is counted (each one is billed, whatever the rule status), but not with a write per
 * call: all calls of a busy scenario would queue on the same counter row, and on the embedded
 * database every statement waits its turn. Counts gather in memory per database and are added
 * to their rows at most every USAGE_FLUSH_MS, in one statement. Readers flush first, so this
 * instance's counts are always current; what a crash could lose is the last half second, and a
 * stop by SIGTERM or SIGINT writes them first (server/main.ts).
 *
 * A failed write (a dropped connection, a lock timeout) keeps its counts and is retried with
 * backoff; the chain of writes never stays broken, and a reader is never failed by a writer.
 */
interface When {
  /** "YYYY-MM-DD", the UTC day (UsageCount). */
  day: string;
  /** "YYYY-MM-DD HH:MM:00", the UTC minute (UsageMinute, for alert rules' windows). */
  minute: string;
}
interface Pending extends CountedCall, When {
  count: number;
}

interface UsageBuffer {
  /** Writes this buffer with the code of the module that created it (see REGISTRY). */
  flush: () => Promise<void>;
  pending: Map<string, Pending>;
  timer?: ReturnType<typeof setTimeout>;
  /** The last write in line; always settles, never rejects. */
  tail: Promise<void>;
  retryMs: number;
  failing: boolean;
}

/**
 * One registry per process (on globalThis): the server process's shutdown handler and the
 * console's readers must reach the same buffers even when they come from different bundles
 * (dist/server.mjs and Next's build each hold a copy of this module), and each buffer is written
 * by the copy that created it.
 */
const REGISTRY = Symbol.for("captcha.usageBuffers");
const holder = globalThis as unknown as { [REGISTRY]?: Map<Sql, UsageBuffer> };
const buffers = (holder[REGISTRY] ??= new Map<Sql, UsageBuffer>());

function bufferOf(sql: Sql): UsageBuffer {
  let buffer = buffers.get(sql);
  if (!buffer) {
    const created: UsageBuffer = {
      flush: () => writeInTurn(sql, created),
      pending: new Map(),
      tail: Promise.resolve(),
      retryMs: RETRY_FIRST_MS,
      failing: false,
    };
    buffers.set(sql, (buffer = created));
  }
  return buffer;
}

/** Adds counts to what is waiting, and makes sure a write follows after `delayMs`. */
function gather(buffer: UsageBuffer, call: CountedCall, when: When, count: number, delayMs = USAGE_FLUSH_MS) {
  const key = `${call.scenarioId}|${when.minute}|${call.kind}|${call.code}`;
  const entry = buffer.pending.get(key);
  if (entry) entry.count += count;
  else
    buffer.pending.set(key, {
      scenarioId: call.scenarioId,
      organizationId: call.organizationId,
      kind: call.kind,
      code: call.code,
      day: when.day,
      minute: when.minute,
      count,
    });
  if (buffer.timer) return;
  // unref: a pending write never keeps a finished process (a test, a script) alive on its own.
  buffer.timer = setTimeout(() => {
    buffer.timer = undefined;
    void buffer.flush().catch(() => {});
  }, delayMs);
  buffer.timer.unref?.();
}

/** The UTC day and minute of a call, remembered: every call of the runtime asks for them. */
let cachedWhen = { number: -1, when: { day: "", minute: "" } };
function whenOf(now: Date): When {
  const number = Math.floor(now.getTime() / 60_000);
  if (number !== cachedWhen.number) {
    const iso = new Date(number * 60_000).toISOString();
    cachedWhen = { number, when: { day: iso.slice(0, 10), minute: `${iso.slice(0, 10)} ${iso.slice(11, 16)}:00` } };
  }
  return cachedWhen.when;
}

export function countCall(sql: Sql, call: CountedCall, now = new Date()) {
  gather(bufferOf(sql), call, whenOf(now), 1);
}

/**
 * Writes the gathered counts. Concurrent calls write in turn. Rejects when this write failed (the
 * counts stay pending and a retry is scheduled); callers that only read may ignore the rejection.
 */
export function flushUsage(sql: Sql): Promise<void> {
  return bufferOf(sql).flush();
}

/** Flushes every buffer of this process once, for readers: failures are left to the retries. */
export async function flushEveryBuffer() {
  await Promise.all([...buffers.values()].map((buffer) => buffer.flush().catch(() => {})));
}

function writeInTurn(sql: Sql, buffer: UsageBuffer): Promise<void> {
  const write = buffer.tail.then(() => writePending(sql, buffer));
  buffer.tail = write.catch(() => {});
  return write;
}

async function writePending(sql: Sql, buffer: UsageBuffer) {
  if (buffer.pending.size === 0) return;
  clearTimeout(buffer.timer);
  buffer.timer = undefined;
  const rows = [...buffer.pending.values()];
  buffer.pending.clear();
  try {
    await writeCounts(sql, rows);
  } catch (error) {
    // Put them back and try again later: billed counts are never dropped for a passing failure.
    for (const { day, minute, count, ...call } of rows) gather(buffer, call, { day, minute }, count, buffer.retryMs);
    if (!buffer.failing)
      console.error(`Usage counts could not be saved; retrying with backoff (${rows.length} rows kept):`, (error as Error).message);
    buffer.failing = true;
    buffer.retryMs = Math.min(buffer.retryMs * 2, RETRY_MAX_MS);
    throw error;
  }
  if (buffer.failing) console.error("Usage counts are being saved again.");
  buffer.failing = false;
  buffer.retryMs = RETRY_FIRST_MS;
}

/** Flushes every buffer of this process (on shutdown), retrying a failed write a few times. */
export async function flushAllUsage({ attempts = 5 } = {}) {
  for (const buffer of buffers.values()) {
    for (let attempt = 1; attempt <= attempts && buffer.pending.size > 0; attempt++) {
      await buffer.flush().catch(() => new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 2_000))));
    }
    if (buffer.pending.size > 0) console.error(`Usage counts could not be saved before exit: ${buffer.pending.size} rows lost.`);
  }
}

/** How many counts this process holds for `sql` that are not written yet. */
export const pendingUsage = (sql: Sql) => [...bufferOf(sql).pending.values()].reduce((sum, row) => sum + row.count, 0);

/**
 * One statement adds every delta atomically to the day rows and the minute rows (INSERT … ON
 * CONFLICT DO UPDATE, the day rows in a data-modifying CTE), so instances sharing a database never
 * overwrite each other and the two tables never disagree. Counts of a scenario deleted meanwhile
 * are dropped with it (WHERE EXISTS), as its history is.
 */
async function writeCounts(sql: Sql, rows: Pending[]) {
  await sql.query(
    `WITH v AS (
       SELECT v.s, v.o, v.d::date AS d, v.m::timestamp(3) AS m, v.k, v.c, v.n
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) AS v(s, o, d, m, k, c, n)
       WHERE EXISTS (SELECT 1 FROM "Scenario" sc WHERE sc."id" = v.s)
     ), days AS (
       INSERT INTO "UsageCount" ("scenarioId", "organizationId", "day", "kind", "code", "count")
       SELECT s, o, d, k, c, SUM(n)::int FROM v GROUP BY s, o, d, k, c
       ON CONFLICT ("scenarioId", "day", "kind", "code") DO UPDATE SET "count" = "UsageCount"."count" + EXCLUDED."count"
     )
     INSERT INTO "UsageMinute" ("scenarioId", "organizationId", "minute", "kind", "code", "count")
     SELECT s, o, m, k, c, SUM(n)::int FROM v GROUP BY s, o, m, k, c
     ON CONFLICT ("scenarioId", "minute", "kind", "code") DO UPDATE SET "count" = "UsageMinute"."count" + EXCLUDED."count"`,
    [
      rows.map((row) => row.scenarioId),
      rows.map((row) => row.organizationId),
      rows.map((row) => row.day),
      rows.map((row) => row.minute),
      rows.map((row) => row.kind),
      rows.map((row) => row.code),
      rows.map((row) => row.count),
    ],
  );
}
