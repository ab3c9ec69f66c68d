import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The committed migrations' SQL, oldest first (folder names start with a timestamp). */
export function migrationScripts(root = process.cwd()): string[] {
  const folder = path.join(root, "prisma", "migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}
