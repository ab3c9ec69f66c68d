import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createScratchPostgres, testDatabaseKind } from "../test/database";
import { migrationScripts } from "./migrations";

/**
 * The committed migrations must produce exactly the schema in prisma/schema.prisma. One empty
 * database gets every migration, another gets the SQL Prisma generates from the schema alone;
 * their catalogs (tables, columns, types, defaults, indexes, constraints, enums) must be equal.
 */
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
  constraints: `SELECT c.relname AS table_name, k.conname, k.contype::text, pg_get_constraintdef(k.oid) AS definition
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY 1, 3`,
};

type Catalog = Record<keyof typeof CATALOG_QUERIES, unknown[]>;

/** The SQL, and what the CLI printed besides (through scripts/prisma.mjs, as every script runs it). */
function schemaOnlySql(): { sql: string; printed: string } {
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), "drift-")), "schema.sql");
  const { status, stdout, stderr } = spawnSync(
    "node",
    ["scripts/prisma.mjs", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", output],
    { encoding: "utf8" },
  );
  if (status !== 0) throw new Error(`prisma migrate diff failed:\n${stdout}${stderr}`);
  return { sql: readFileSync(output, "utf8"), printed: stdout + stderr };
}

async function catalogAfter(scripts: string[]): Promise<Catalog> {
  const catalog = {} as Catalog;
  if (testDatabaseKind() === "postgres") {
    const scratch = await createScratchPostgres();
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      for (const sql of scripts) await client.query(sql);
      for (const [name, query] of Object.entries(CATALOG_QUERIES)) {
        catalog[name as keyof Catalog] = (await client.query(query)).rows;
      }
    } finally {
      await client.end();
      await scratch.drop();
    }
    return catalog;
  }
  const db = new PGlite();
  for (const sql of scripts) await db.exec(sql);
  for (const [name, query] of Object.entries(CATALOG_QUERIES)) catalog[name as keyof Catalog] = (await db.query(query)).rows;
  await db.close();
  return catalog;
}

describe("migrations", () => {
  // Two databases built from scratch and a Prisma CLI run: slow on a busy machine, hence the timeout.
  it("produce exactly the schema in prisma/schema.prisma", { timeout: 120_000 }, async () => {
    const schemaOnly = schemaOnlySql();
    const [fromMigrations, fromSchema] = await Promise.all([catalogAfter(migrationScripts()), catalogAfter([schemaOnly.sql])]);
    expect(fromMigrations.columns.length).toBeGreaterThan(0);
    expect(fromMigrations).toEqual(fromSchema);
    // A run that went well prints nothing: not the config notes, not the warning about the schema's url.
    expect(schemaOnly.printed.trim()).toBe("");
  });
});
