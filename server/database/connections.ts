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
  /** The runtime's pool on PostgreSQL (the console's Prisma client keeps its own). */
  pool?: pg.Pool;
  sql: Sql;
}

const KEY = Symbol.for("captcha.connections");
const holder = globalThis as unknown as { [KEY]?: Connections };

export function connections(): Connections {
  if (holder[KEY]) return holder[KEY];
  const location = databaseLocation();
  if (location.kind === "pglite") {
    const pglite = openPGlite(location.directory);
    return (holder[KEY] = { location, pglite, sql: pgliteSql(pglite) });
  }
  const pool = new pg.Pool({ connectionString: location.url, max: Number(process.env.RUNTIME_DATABASE_CONNECTIONS || 10) });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("Database connection lost:", error.message));
  return (holder[KEY] = { location, pool, sql: postgresSql(pool) });
}

export async function closeConnections() {
  const current = holder[KEY];
  if (!current) return;
  holder[KEY] = undefined;
  await current.pool?.end();
  await current.pglite?.close();
}
