#!/usr/bin/env node
// Serves the production build (`npm run build` must have run) on a fresh embedded database for the
// Playwright tests, with the same server process as `npm start` (dist/server.mjs). Settings that
// tests shorten are set here, in one place.
//
// A person solving a Puzzle or Image Restoration sees where the piece goes; a test has no eyes.
// So a second listener on PORT+1, bound to loopback and present only in this test harness, opens
// a challenge's sealed state with the server key (the same code the runtime uses) and says where
// the piece belongs. The tests still drag the piece there with the human-motion generator, through
// the real widget. The product itself has no such route.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { prisma } from "./prisma.mjs";

const port = Number(process.env.PORT || 3100);
// One folder per port, so two runs on different E2E_PORTs never share (or delete) a database.
const dataDir = path.resolve(".e2e-data", String(port));
rmSync(dataDir, { recursive: true, force: true });
Object.assign(process.env, {
  DATA_DIR: dataDir,
  NODE_ENV: "production",
  // Long enough to see "takes effect at HH:MM" in a test, short enough to be a real delay.
  RULE_PROPAGATION_SECONDS: "120",
  // The tests act as a reverse proxy in front of the app: each test's browser says which client
  // address it stands for in X-Forwarded-For (e2e/fixtures/test.ts).
  TRUSTED_PROXIES: "127.0.0.1,::1",
  // The alert tests' webhook receivers listen on loopback, which production refuses (SSRF).
  ALERT_WEBHOOKS_ALLOW_PRIVATE: "true",
});
delete process.env.DATABASE_URL;

// Migrating and seeding are most of a server's start (half a minute on a busy two-core machine),
// and every app's database starts the same. So the first app Playwright starts
// (E2E_DATABASE_SAVE_AS) keeps a copy of its migrated and seeded database, and the apps started
// after it (E2E_DATABASE_FROM) each begin with a copy of that. Only the database is copied: each
// app still makes its own session secret and server key on first use.
const database = path.join(dataDir, "pglite");
const template = process.env.E2E_DATABASE_FROM;
if (template) {
  if (!existsSync(template)) {
    console.error(`No migrated and seeded database at ${template}: the app that saves it (E2E_DATABASE_SAVE_AS) starts first.`);
    process.exit(1);
  }
  cpSync(template, database, { recursive: true });
} else {
  if (prisma(["migrate", "deploy"], { stdio: "ignore" }) !== 0) process.exit(1);
  const seeded = spawnSync("npx", ["--no-install", "tsx", "e2e/fixtures/seed.ts"], { stdio: "inherit" });
  if (seeded.status !== 0) process.exit(1);
  const saveAs = process.env.E2E_DATABASE_SAVE_AS;
  if (saveAs) {
    rmSync(saveAs, { recursive: true, force: true });
    cpSync(database, saveAs, { recursive: true });
  }
}

const { startServer } = await import(path.resolve("dist/server.mjs"));
await startServer({ port, hostname: "127.0.0.1" });
console.log(`e2e server on http://127.0.0.1:${port}`);

// POST /answer with a challenge's sealed State → { x }.
const { register } = await import("tsx/esm/api");
register();
const { openState } = await import("../server/runtime/challenge-state.ts");
http
  .createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const state = openState(Buffer.concat(chunks).toString());
    response.writeHead(state ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(state ? { x: state.a ?? null, type: state.t } : { error: "not a challenge of this server" }));
  })
  .listen(port + 1, "127.0.0.1");
