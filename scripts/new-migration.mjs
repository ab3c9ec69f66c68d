#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that turns the schema of the last committed migration into prisma/schema.prisma.
// (`prisma migrate dev` cannot run with driver adapters, so the change is diffed between schema
// files; the "before" schema is the one in git at the commit that last touched the migrations.)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prisma } from "./prisma.mjs";

const name = (process.argv[2] || "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(2);
}

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const lastMigrationCommit = git("log", "-1", "--format=%H", "--", "prisma/migrations");
const scratch = mkdtempSync(path.join(os.tmpdir(), "migration-"));
const from = ["--from-empty"];
if (lastMigrationCommit) {
  const before = path.join(scratch, "before.prisma");
  writeFileSync(before, git("show", `${lastMigrationCommit}:prisma/schema.prisma`));
  from.splice(0, 1, "--from-schema-datamodel", before);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
const output = path.join(scratch, "migration.sql");
const status = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", output]);
if (status !== 0) process.exit(status);
const sql = readFileSync(output, "utf8");
rmSync(scratch, { recursive: true, force: true });
if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""))) {
  console.log("The schema matches the last migration: nothing to write.");
  process.exit(0);
}
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${folder}/migration.sql. Review it, then apply it with npm run db:migrate.`);
