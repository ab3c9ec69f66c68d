import type { Sql } from "../database/sql";
import { DifficultyGauge } from "./difficulty";
import { Directory } from "./directory";
import { RuntimeStore } from "./store";

/**
 * The runtime's state in one process: its database, what it has read (directory.ts), what it
 * writes (store.ts) and the traffic it has seen (difficulty.ts). The HTTP layer (router.ts)
 * holds one; tests make their own on their own database.
 */
export class Runtime {
  readonly directory: Directory;
  readonly store: RuntimeStore;
  readonly difficulty = new DifficultyGauge();
  private lastUse = new Map<string, number>();

  /** `claims`: where the single-use records go (connections.ts says why it may differ from `sql`). */
  constructor(
    readonly sql: Sql,
    claims: Sql = sql,
  ) {
    this.directory = new Directory(sql);
    this.store = new RuntimeStore(claims);
  }

  /**
   * Notes an access key's last use for the console ("Last used"), at most once a minute per key
   * and process: checked in memory first, so verification writes nothing for it on the hot path.
   */
  accessKeyUsed(accessKeyId: string, now = Date.now()) {
    if (now - (this.lastUse.get(accessKeyId) ?? 0) < 60_000) return;
    this.lastUse.set(accessKeyId, now);
    const at = new Date(now).toISOString();
    const aMinuteAgo = new Date(now - 60_000).toISOString();
    this.sql
      .query(
        `UPDATE "AccessKey" SET "lastUsedAt" = $2::timestamp WHERE "accessKeyId" = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3::timestamp)`,
        [accessKeyId, at, aMinuteAgo],
      )
      .catch((error: Error) => console.error("Could not record an access key's use:", error.message));
  }
}
