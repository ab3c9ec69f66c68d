import type { Sql } from "../database/sql";
import { Batcher } from "./batcher";

/**
 * What the runtime writes: only what every instance must agree on. Each client verification
 * claims its challenge (answered once), counts one verification for its client address and
 * device (the custom policy's frequency limits), and, when it passed, records the fingerprints of
 * its drag path (a replayed path is recognised); each server verification claims its request
 * signature's nonce and its token (verified once). Concurrent requests share one statement
 * (batcher.ts), and each kind of write is an INSERT … ON CONFLICT, so racing requests on two
 * instances still get exactly one winner.
 */
export interface ClientVerificationWrite {
  /** certifyId and stage: a challenge's stage may be answered once. */
  claimKey: string;
  scenarioId: string;
  /** "ip:<address>", "device:<id>": what the frequency limits count. */
  subjects: string[];
  /** Path fingerprints (behaviour/fingerprint.ts): remembered for this attempt, and looked up (any known one marks a replay). */
  fingerprints: { remembered: string[]; lookedUp: string[] };
}

export interface ClientVerificationRecord {
  claimed: boolean;
  /** Verifications of each subject in this scenario, this one included, over the hour and the last 24 hours. */
  counts: Record<string, { hour: number; day: number }>;
  replayed: boolean;
}

export interface ServerVerificationWrite {
  /** Null for calls without a request signature (the JSON API authenticates with the secret itself). */
  nonce: { accessKeyId: string; nonce: string } | null;
  /** Null when the token is unreadable: only the nonce is spent. */
  certifyId: string | null;
}

export interface ServerVerificationRecord {
  nonceFresh: boolean;
  tokenFresh: boolean;
}

const HOUR_MS = 3_600_000;
const hourOf = (now: Date) => new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);

/** How long each kind of row can matter, after which pruning deletes it. */
export const RETENTION_MS = {
  // A challenge's state expires 20 minutes after initialization, and is refused after that anyway.
  challengeUse: 30 * 60_000,
  // A token expires 10 minutes after its challenge passed, at most 30 minutes after initialization.
  spentToken: 40 * 60_000,
  // The daily limits look back 24 hours.
  rateCount: 25 * HOUR_MS,
  // A signed request's timestamp is accepted for 15 minutes either way.
  signatureNonce: 30 * 60_000,
  pathFingerprint: Number(process.env.PATH_FINGERPRINT_HOURS || 24) * HOUR_MS,
};

const CLIENT_VERIFICATIONS = `
  WITH claim AS (
    INSERT INTO "ChallengeUse" ("key", "createdAt") SELECT k, $5::timestamp FROM unnest($1::text[]) AS k
    ON CONFLICT DO NOTHING RETURNING "key"
  ), bump AS (
    INSERT INTO "RateCount" ("scenarioId", "subject", "hour", "count")
    SELECT s, sub, $6::timestamp, n FROM unnest($2::text[], $3::text[], $4::int[]) AS v(s, sub, n)
    ON CONFLICT ("scenarioId", "subject", "hour") DO UPDATE SET "count" = "RateCount"."count" + EXCLUDED."count"
    RETURNING "scenarioId", "subject", "count"
  ), print AS (
    INSERT INTO "PathFingerprint" ("hash", "createdAt") SELECT h, $5::timestamp FROM unnest($7::text[]) AS h
    ON CONFLICT DO NOTHING RETURNING "hash"
  ), seen AS (
    SELECT "hash" FROM "PathFingerprint" WHERE "hash" = ANY($9::text[])
  )
  SELECT 'claim' AS kind, "key" AS a, '' AS b, 0 AS hour, 0::bigint AS day FROM claim
  UNION ALL
  SELECT 'count', b."scenarioId", b."subject", b."count", b."count" + COALESCE((
    SELECT SUM(r."count") FROM "RateCount" r
    WHERE r."scenarioId" = b."scenarioId" AND r."subject" = b."subject" AND r."hour" > $8::timestamp AND r."hour" < $6::timestamp
  ), 0)::bigint FROM bump b
  UNION ALL
  SELECT 'print', "hash", '', 0, 0::bigint FROM print
  UNION ALL
  SELECT 'seen', "hash", '', 0, 0::bigint FROM seen`;

const SERVER_VERIFICATIONS = `
  WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS v(access_key_id, nonce, certify_id)
  ), nonce AS (
    INSERT INTO "SignatureNonce" ("accessKeyId", "nonce", "createdAt")
    SELECT access_key_id, nonce, $4::timestamp FROM input WHERE nonce IS NOT NULL
    ON CONFLICT DO NOTHING RETURNING "accessKeyId", "nonce"
  ), spend AS (
    INSERT INTO "SpentToken" ("certifyId", "createdAt")
    SELECT certify_id, $4::timestamp FROM input i
    WHERE certify_id IS NOT NULL
      AND (i.nonce IS NULL OR EXISTS (SELECT 1 FROM nonce n WHERE n."accessKeyId" = i.access_key_id AND n."nonce" = i.nonce))
    ON CONFLICT DO NOTHING RETURNING "certifyId"
  )
  SELECT 'nonce' AS kind, "accessKeyId" || ' ' || "nonce" AS key FROM nonce
  UNION ALL SELECT 'token', "certifyId" FROM spend`;

/** Takes a name from a set once: the first item of a batch that asks for it gets it. */
function takeOnce(won: Set<string>) {
  return (key: string) => won.delete(key);
}

export class RuntimeStore {
  private clientWrites: Batcher<ClientVerificationWrite & { now: Date }, ClientVerificationRecord>;
  private serverWrites: Batcher<ServerVerificationWrite & { now: Date }, ServerVerificationRecord>;
  private lastPruned = 0;

  constructor(private readonly sql: Sql) {
    // The embedded database runs one statement at a time; PostgreSQL takes a few in parallel.
    const maxInFlight = sql.kind === "pglite" ? 1 : 4;
    this.clientWrites = new Batcher((items) => this.writeClientVerifications(items), { maxInFlight });
    this.serverWrites = new Batcher((items) => this.writeServerVerifications(items), { maxInFlight });
  }

  recordClientVerification(write: ClientVerificationWrite, now = new Date()) {
    this.prune(now);
    return this.clientWrites.submit({ ...write, now });
  }

  recordServerVerification(write: ServerVerificationWrite, now = new Date()) {
    this.prune(now);
    return this.serverWrites.submit({ ...write, now });
  }

  private async writeClientVerifications(items: (ClientVerificationWrite & { now: Date })[]): Promise<ClientVerificationRecord[]> {
    const now = items[0].now;
    const hour = hourOf(now);
    // One increment per (scenario, subject), however many items of the batch share it.
    const increments = new Map<string, { scenarioId: string; subject: string; n: number }>();
    for (const item of items) {
      for (const subject of item.subjects) {
        const key = `${item.scenarioId} ${subject}`;
        const entry = increments.get(key) ?? increments.set(key, { scenarioId: item.scenarioId, subject, n: 0 }).get(key)!;
        entry.n += 1;
      }
    }
    const remembered = [...new Set(items.flatMap((item) => item.fingerprints.remembered))];
    const lookedUp = [...new Set(items.flatMap((item) => item.fingerprints.lookedUp))];
    const rows = await this.sql.query<{ kind: string; a: string; b: string; hour: number; day: string | number }>(CLIENT_VERIFICATIONS, [
      items.map((item) => item.claimKey),
      [...increments.values()].map((entry) => entry.scenarioId),
      [...increments.values()].map((entry) => entry.subject),
      [...increments.values()].map((entry) => entry.n),
      now.toISOString(),
      hour.toISOString(),
      remembered,
      new Date(hour.getTime() - 24 * HOUR_MS).toISOString(),
      lookedUp,
    ]);
    const claimed = takeOnce(new Set(rows.filter((row) => row.kind === "claim").map((row) => row.a)));
    const newPrint = takeOnce(new Set(rows.filter((row) => row.kind === "print").map((row) => row.a)));
    // Known before this statement (the statement sees the table as it was when it began).
    const known = new Set(rows.filter((row) => row.kind === "seen").map((row) => row.a));
    // Remembered by an earlier item of this batch: two copies of one path sent at once.
    const rememberedInBatch = new Set<string>();
    const totals = new Map(
      rows.filter((row) => row.kind === "count").map((row) => [`${row.a} ${row.b}`, { hour: Number(row.hour), day: Number(row.day) }]),
    );
    // Items of one batch that share a subject are counted in order: the k-th of n gets total - n + k.
    const position = new Map<string, number>();
    return items.map((item) => {
      const counts: ClientVerificationRecord["counts"] = {};
      for (const subject of item.subjects) {
        const key = `${item.scenarioId} ${subject}`;
        const total = totals.get(key) ?? { hour: 0, day: 0 };
        const behind = increments.get(key)!.n - 1 - (position.get(key) ?? 0);
        position.set(key, (position.get(key) ?? 0) + 1);
        counts[subject] = { hour: total.hour - behind, day: total.day - behind };
      }
      // A replay: a fingerprint known before, remembered by an earlier item, or one this item could not store.
      const replayed =
        item.fingerprints.lookedUp.some((print) => known.has(print) || rememberedInBatch.has(print)) ||
        !item.fingerprints.remembered.map(newPrint).every(Boolean);
      for (const print of item.fingerprints.remembered) rememberedInBatch.add(print);
      return { claimed: claimed(item.claimKey), counts, replayed };
    });
  }

  private async writeServerVerifications(items: (ServerVerificationWrite & { now: Date })[]): Promise<ServerVerificationRecord[]> {
    const rows = await this.sql.query<{ kind: string; key: string }>(SERVER_VERIFICATIONS, [
      items.map((item) => item.nonce?.accessKeyId ?? null),
      items.map((item) => item.nonce?.nonce ?? null),
      items.map((item) => item.certifyId),
      items[0].now.toISOString(),
    ]);
    const nonceFresh = takeOnce(new Set(rows.filter((row) => row.kind === "nonce").map((row) => row.key)));
    const tokenFresh = takeOnce(new Set(rows.filter((row) => row.kind === "token").map((row) => row.key)));
    return items.map((item) => {
      const nonceOk = item.nonce ? nonceFresh(`${item.nonce.accessKeyId} ${item.nonce.nonce}`) : true;
      return { nonceFresh: nonceOk, tokenFresh: nonceOk && item.certifyId !== null && tokenFresh(item.certifyId) };
    });
  }

  /** Deletes rows that can no longer matter, at most every ten minutes per process. */
  private prune(now: Date) {
    if (now.getTime() - this.lastPruned < 10 * 60_000) return;
    this.lastPruned = now.getTime();
    const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const statements: [string, string][] = [
      [`DELETE FROM "ChallengeUse" WHERE "createdAt" < $1::timestamp`, before(RETENTION_MS.challengeUse)],
      [`DELETE FROM "SpentToken" WHERE "createdAt" < $1::timestamp`, before(RETENTION_MS.spentToken)],
      [`DELETE FROM "RateCount" WHERE "hour" < $1::timestamp`, before(RETENTION_MS.rateCount)],
      [`DELETE FROM "SignatureNonce" WHERE "createdAt" < $1::timestamp`, before(RETENTION_MS.signatureNonce)],
      [`DELETE FROM "PathFingerprint" WHERE "createdAt" < $1::timestamp`, before(RETENTION_MS.pathFingerprint)],
    ];
    void (async () => {
      for (const [text, cutoff] of statements) {
        // A failed prune is retried ten minutes later; nothing depends on it finishing now.
        await this.sql.query(text, [cutoff]).catch((error: Error) => console.error("Pruning runtime records failed:", error.message));
      }
    })();
  }
}
