#!/usr/bin/env node
// `npm run db:reset`: deletes every table of the local database and migrates it again.
// Embedded: removes the PGlite folder. PostgreSQL: drops and recreates the public schema.
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { prisma } from "./prisma.mjs";

if (process.env.DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
} else {
  rmSync(path.resolve(process.env.DATA_DIR || "data", "pglite"), { recursive: true, force: true });
}
process.exit(prisma(["migrate", "deploy"]));
