#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 6.19 works through the driver adapter in prisma.config.ts
// (WebAssembly schema engine), but still looks for its native engines on start and would try to
// download them; pointing these variables at any existing file stops that (nothing executes it).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const anyFile = fileURLToPath(import.meta.url);
// Built per call: callers may adjust process.env (DATA_DIR, DATABASE_URL) after importing this.
const prismaEnv = () => ({
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: anyFile,
  PRISMA_QUERY_ENGINE_LIBRARY: anyFile,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  // The schema's env("DATABASE_URL") must be set; for the embedded database we pass the placeholder
  // that server/database/location.ts maps back to PGlite.
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://embedded-pglite/",
});
export function prisma(args, options = {}) {
  const result = spawnSync("npx", ["--no-install", "prisma", ...args], { stdio: "inherit", env: prismaEnv(), ...options });
  return result.status ?? 1;
}

if (process.argv[1] === anyFile) process.exit(prisma(process.argv.slice(2)));
