import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPGlite } from "./adapters";
import { databaseLocation, type DatabaseLocation } from "./location";
import { pgliteSql, postgresSql, type Sql } from "./sql";

/**
 * The process's connections to its database, shared by the console (Prisma, server/db.ts) and the
 * runtime (plain SQL): an embedded PGlite folder may be opened only once per process, and the
 * console (inside Next's bundle) and the runtime (in dist/server.mjs) are separate copies of this
 * code, so the handles live on globalThis under a well-known symbol.
 */
export interface Connections {
  location: DatabaseLocation;
  pglite?: PGlite;
  /** The runtime's pools on PostgreSQL (the console's Prisma client keeps its own). */
  pool?: pg.Pool;
  claimsPool?: pg.Pool;
  sql: Sql;
  /**
   * For the runtime's single-use records alone (store.ts: challenges answered, tokens and nonces
   * spent, counts per address and device, path fingerprints): on PostgreSQL, a pool whose
   * commits do not wait for the disk (synchronous_commit off). Every verification waits for one
   * of these statements, and the wait for the disk's flush was most of its time (≈ 4-6 ms here,
   * of a p99 target of 10 ms). What it risks: a crash of the PostgreSQL server itself (not of the
   * app) can forget the last fraction of a second of these records, so a token verified in that
   * moment could verify once more after the restart; nothing is ever inconsistent (PostgreSQL's
   * "asynchronous commit"). Usage counts, what customers are billed by, and everything the
   * console writes keep waiting for the disk. On PGlite, the same handle as `sql`.
   */
  claims: Sql;
}

const KEY = Symbol.for("captcha.connections");
const holder = globalThis as unknown as { [KEY]?: Connections };

export function connections(): Connections {
  if (holder[KEY]) return holder[KEY];
  const location = databaseLocation();
  if (location.kind === "pglite") {
    const pglite = openPGlite(location.directory);
    const sql = pgliteSql(pglite);
    return (holder[KEY] = { location, pglite, sql, claims: sql });
  }
  const pool = new pg.Pool({ connectionString: location.url, max: Number(process.env.RUNTIME_DATABASE_CONNECTIONS || 10) });
  // The store runs at most 4 statements of each of its two kinds at once (store.ts, batcher.ts).
  const claimsPool = new pg.Pool({ connectionString: location.url, max: 8, options: "-c synchronous_commit=off" });
  for (const each of [pool, claimsPool]) {
    // An idle connection that the server drops must not crash the process; the next query reconnects.
    each.on("error", (error) => console.error("Database connection lost:", error.message));
  }
  return (holder[KEY] = { location, pool, claimsPool, sql: postgresSql(pool), claims: postgresSql(claimsPool) });
}

export async function closeConnections() {
  const current = holder[KEY];
  if (!current) return;
  holder[KEY] = undefined;
  await current.pool?.end();
  await current.claimsPool?.end();
  await current.pglite?.close();
}
