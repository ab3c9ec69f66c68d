import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { closeConnections, connections } from "./connections";

/**
 * Brings the database up to the committed migrations at start. Asking the database which
 * migrations it has takes milliseconds; the Prisma CLI takes seconds to start, so it only runs
 * when one is missing (a first start, an upgrade). The embedded database may be open in one place
 * at a time, so it is closed while the CLI works on it.
 */
export function committedMigrations(root = process.cwd()): string[] {
  return readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function pendingMigrations(): Promise<string[]> {
  const { sql } = connections();
  const [{ present }] = await sql.query<{ present: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`);
  const applied = new Set(
    present
      ? (
          await sql.query<{ name: string }>(
            `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
        ).map((row) => row.name)
      : [],
  );
  return committedMigrations().filter((name) => !applied.has(name));
}

export async function migrateIfNeeded(log: (message: string) => void = console.log) {
  const pending = await pendingMigrations();
  if (pending.length === 0) return;
  log(`Applying ${pending.length} database migration${pending.length === 1 ? "" : "s"}…`);
  await closeConnections();
  // The CLI's account of a success (every migration's name) is no news at start; a failure's is.
  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (status === 0) return;
  process.stderr.write(`${stdout ?? ""}${stderr ?? ""}`);
  throw new Error("The database migrations could not be applied (see above).");
}
