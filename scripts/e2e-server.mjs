#!/usr/bin/env node
// Serves the production build (`next build` must have run) on a fresh embedded database for the
// Playwright tests. Settings that tests shorten are set here, in one place.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { prisma } from "./prisma.mjs";

// One folder per port, so two runs on different E2E_PORTs never share (or delete) a database.
const dataDir = path.resolve(".e2e-data", process.env.PORT || "3100");
rmSync(dataDir, { recursive: true, force: true });
Object.assign(process.env, {
  DATA_DIR: dataDir,
  NODE_ENV: "production",
  // Long enough to see "takes effect at HH:MM" in a test, short enough to be a real delay.
  RULE_PROPAGATION_SECONDS: "120",
});
delete process.env.DATABASE_URL;
if (prisma(["migrate", "deploy"], { stdio: "ignore" }) !== 0) process.exit(1);
const seeded = spawnSync("npx", ["--no-install", "tsx", "e2e/fixtures/seed.ts"], { stdio: "inherit" });
if (seeded.status !== 0) process.exit(1);
const server = spawn("npx", ["--no-install", "next", "start", "--port", process.env.PORT || "3100"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
