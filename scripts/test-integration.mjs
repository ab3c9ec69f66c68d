#!/usr/bin/env node
// Integration tests run against PGlite always, and again against PostgreSQL when
// TEST_DATABASE_URL is given (each test file then gets a fresh database on that server).
import { spawnSync } from "node:child_process";

const extra = process.argv.slice(2);
const runOn = (database) => {
  console.log(`\nIntegration tests on ${database === "postgres" ? `PostgreSQL (${process.env.TEST_DATABASE_URL})` : "PGlite"}`);
  const { status } = spawnSync("npx", ["--no-install", "vitest", "run", "--project", "integration", ...extra], {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE: database },
  });
  if (status !== 0) process.exit(status ?? 1);
};

runOn("pglite");
if (process.env.TEST_DATABASE_URL) runOn("postgres");
else console.log("TEST_DATABASE_URL is not set: skipped the PostgreSQL run.");
