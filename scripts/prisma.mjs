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

/**
 * What the CLI prints on every run of this setup, which is how it is meant to be and reads like
 * something is wrong: that it found prisma.config.ts, and that the schema's `url` (kept, with
 * `env("DATABASE_URL")`, while the config supplies the driver adapter) is unused. Only these exact
 * texts go; any other warning, and every error, is passed on.
 */
const CHATTER = [
  /^Loaded Prisma config from prisma\.config\.ts\.\n+/gm,
  /^Prisma config detected, skipping environment variable loading\.\n+/gm,
  /^WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n- url\n\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n+/gm,
];

export function withoutChatter(output) {
  return CHATTER.reduce((text, pattern) => text.replace(pattern, ""), output);
}

/** Runs `prisma <args>`; its output, without the chatter, goes to this process's (unless `options.stdio` says otherwise). */
export function prisma(args, options = {}) {
  const command = ["--no-install", "prisma", ...args];
  if (options.stdio) return spawnSync("npx", command, { env: prismaEnv(), ...options }).status ?? 1;
  const result = spawnSync("npx", command, {
    stdio: ["inherit", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: prismaEnv(),
    ...options,
  });
  process.stdout.write(withoutChatter(result.stdout ?? ""));
  process.stderr.write(withoutChatter(result.stderr ?? ""));
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

if (process.argv[1] === anyFile) process.exit(prisma(process.argv.slice(2)));
