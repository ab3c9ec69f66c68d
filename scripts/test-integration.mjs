#!/usr/bin/env node
// Integration tests run against PGlite always, and again against PostgreSQL when
// TEST_DATABASE_URL is given (each test file then gets a fresh database on that server).
//
// The two runs go side by side: each runs its files one at a time (Vitest's default on two cores),
// and much of a run's time is waiting (PostgreSQL's own process, password hashing, timers), so
// together they take little more than the longer one. Each run's output is printed whole when it
// ends, so the two do not interleave.
import { spawn } from "node:child_process";

const extra = process.argv.slice(2);

function runOn(database) {
  const title = `Integration tests on ${database === "postgres" ? `PostgreSQL (${process.env.TEST_DATABASE_URL})` : "PGlite"}`;
  return new Promise((resolve) => {
    const child = spawn("npx", ["--no-install", "vitest", "run", "--project", "integration", ...extra], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TEST_DATABASE: database },
    });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (code) => {
      process.stdout.write(`\n${title}\n${Buffer.concat(output)}`);
      resolve(code ?? 1);
    });
  });
}

const runs = [runOn("pglite")];
if (process.env.TEST_DATABASE_URL) runs.push(runOn("postgres"));
else console.log("TEST_DATABASE_URL is not set: skipped the PostgreSQL run.");
const codes = await Promise.all(runs);
process.exit(codes.find((code) => code !== 0) ?? 0);
