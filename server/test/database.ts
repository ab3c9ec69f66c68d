import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter } from "../database/adapters";
import { migrationScripts } from "../database/migrations";
import { pgliteSql, postgresSql, type Sql } from "../database/sql";
import { TRANSACTION_OPTIONS, type Db } from "../db";
import { PrismaClient } from "../generated/prisma/client";

/**
 * A fresh, fully migrated database for one test file: an in-memory PGlite by default, or a new
 * database on the PostgreSQL server of TEST_DATABASE_URL when the integration run targets it
 * (TEST_DATABASE=postgres, set by scripts/test-integration.mjs). Never a fake. `db` is the
 * console's Prisma client, `sql` the runtime's plain SQL, both on the same database.
 */
export interface TestDatabase {
  db: Db;
  sql: Sql;
  kind: "pglite" | "postgres";
  /** For a second process or server: the PostgreSQL URL (absent on the in-memory PGlite). */
  url?: string;
  close(): Promise<void>;
}

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.TEST_DATABASE === "postgres" ? "postgres" : "pglite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return testDatabaseKind() === "postgres" ? createPostgresDatabase() : createPGliteDatabase();
}

export async function migratedPGlite(scripts = migrationScripts()): Promise<PGlite> {
  const pglite = new PGlite();
  for (const sql of scripts) await pglite.exec(sql);
  return pglite;
}

async function createPGliteDatabase(): Promise<TestDatabase> {
  const pglite = await migratedPGlite();
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions: TRANSACTION_OPTIONS });
  return {
    db,
    sql: pgliteSql(pglite),
    kind: "pglite",
    async close() {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE=postgres needs TEST_DATABASE_URL");
  return url;
}

/** A brand-new, empty database on the test server; `drop()` removes it again. */
export async function createScratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  const name = `captcha_test_${randomBytes(6).toString("hex")}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const scratch = await createScratchPostgres();
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  for (const sql of migrationScripts()) await client.query(sql);
  await client.end();
  const db = new PrismaClient({ adapter: postgresAdapter(scratch.url, { max: 4 }), transactionOptions: TRANSACTION_OPTIONS });
  const pool = new pg.Pool({ connectionString: scratch.url, max: 4 });
  pool.on("error", () => {}); // connections a test terminates on purpose
  return {
    db,
    sql: postgresSql(pool),
    kind: "postgres",
    url: scratch.url,
    async close() {
      await db.$disconnect();
      await pool.end();
      await scratch.drop();
    },
  };
}
