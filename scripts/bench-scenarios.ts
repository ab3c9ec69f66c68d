// Server time of the scenario list (server/scenario/service.ts listScenarios) on an organization
// with 10,000 scenarios: the first page, a deep page, searches by name and a filter.
//
//   npm run bench:scenarios
//
// Always on an in-memory PGlite migrated with the committed migrations; again on PostgreSQL when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) names a server, in a scratch database that is dropped
// afterwards. Prints p50 and p95 in milliseconds per case.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter } from "../server/database/adapters";
import { migrationScripts } from "../server/database/migrations";
import type { Db } from "../server/db";
import { PrismaClient, type Prisma } from "../server/generated/prisma/client";
import { randomLowercaseId } from "../server/organization/prefix";
import {
  ADDITIONAL_CHALLENGE_VALUES,
  INTEGRATION_METHOD_VALUES,
  VERIFICATION_TYPE_VALUES,
  listScenariosInput,
  testResultOptions,
  type VerificationType,
} from "../server/scenario/rules";
import { listScenarios } from "../server/scenario/service";
import { migratedPGlite } from "../server/test/database";

const SCENARIOS = 10_000;
const BATCH = 1_000;
const WARM_UPS = 5;
const RUNS = 50;

const CASES: { label: string; input: Record<string, unknown> }[] = [
  { label: "first page (10, newest first)", input: {} },
  { label: "page 200 of 50 per page", input: { page: 200, pageSize: 50 } },
  { label: 'search name "checkout"', input: { search: "checkout" } },
  { label: 'search name "支付_12" (few hits)', input: { search: "支付_12" } },
  { label: 'search "zzzz_none" (no hit)', input: { search: "zzzz_none" } },
  { label: "filter PUZZLE + TEST_MODE", input: { verificationType: "PUZZLE", ruleStatus: "TEST_MODE" } },
  { label: "filter + search", input: { integrationMethod: "WEB_H5", ruleStatus: "OFFICIAL_RELEASE", search: "login" } },
];

const WORDS = [
  "login",
  "register",
  "checkout",
  "pay",
  "comment",
  "vote",
  "coupon",
  "search",
  "sign_in",
  "password_reset",
  "登录",
  "注册",
  "支付",
  "评论",
];

/** A small seeded generator, so every run seeds the same shapes. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seed(db: Db): Promise<string> {
  const random = mulberry32(20260331);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const user = await db.user.create({
    data: { email: `bench-${randomBytes(4).toString("hex")}@example.com`, passwordHash: "not-a-password-hash" },
  });
  const organization = await db.organization.create({
    data: { name: "Bench", prefix: randomLowercaseId(6), memberships: { create: { userId: user.id, role: "OWNER" } } },
  });

  const sceneIds = new Set<string>();
  while (sceneIds.size < SCENARIOS) sceneIds.add(randomLowercaseId(8));
  const ids = [...sceneIds];
  const newest = Date.now();
  const rows: Prisma.ScenarioCreateManyInput[] = ids.map((sceneId, i) => {
    const verificationType: VerificationType = pick(VERIFICATION_TYPE_VALUES);
    const additionalChallenge = verificationType === "INVISIBLE" ? pick(ADDITIONAL_CHALLENGE_VALUES) : null;
    const testMode = random() < 0.3;
    // A year of history, roughly one scenario every 50 minutes, with jitter.
    const createdAt = new Date(newest - i * 3_153_600 - Math.floor(random() * 600_000));
    return {
      sceneId,
      organizationId: organization.id,
      name: `${WORDS[i % WORDS.length]}_${i}`,
      integrationMethod: pick(INTEGRATION_METHOD_VALUES),
      verificationType,
      additionalChallenge,
      ruleStatus: testMode ? "TEST_MODE" : "OFFICIAL_RELEASE",
      testResult: testMode ? pick(testResultOptions(verificationType, additionalChallenge)) : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  for (let start = 0; start < rows.length; start += BATCH) await db.scenario.createMany({ data: rows.slice(start, start + BATCH) });
  // Fresh statistics, as autovacuum would gather them shortly after a bulk load.
  await db.$executeRawUnsafe('ANALYZE "Scenario"');
  return organization.id;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(name: string, db: Db) {
  const seedStart = performance.now();
  const organizationId = await seed(db);
  const seeded = performance.now() - seedStart;
  const results: { label: string; hits: number; p50: number; p95: number }[] = [];
  for (const { label, input } of CASES) {
    const parsed = listScenariosInput.parse(input);
    let hits = 0;
    for (let i = 0; i < WARM_UPS; i++) hits = (await listScenarios(db, organizationId, parsed)).total;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await listScenarios(db, organizationId, parsed);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results.push({ label, hits, p50: percentile(times, 50), p95: percentile(times, 95) });
  }

  const width = Math.max(...CASES.map((c) => c.label.length));
  console.log(
    `\n${name}: ${SCENARIOS.toLocaleString("en")} scenarios in one organization (seeded in ${(seeded / 1000).toFixed(1)} s), ${RUNS} runs per case after ${WARM_UPS} warm-ups`,
  );
  console.log(`${"case".padEnd(width)}  ${"matches".padStart(7)}  ${"p50 ms".padStart(7)}  ${"p95 ms".padStart(7)}`);
  console.log(`${"-".repeat(width)}  -------  -------  -------`);
  for (const r of results) {
    console.log(
      `${r.label.padEnd(width)}  ${String(r.hits).padStart(7)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}`,
    );
  }
}

async function onPGlite() {
  let pglite: PGlite | undefined;
  let db: PrismaClient | undefined;
  try {
    pglite = await migratedPGlite();
    db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    await measure("PGlite (in memory)", db);
  } finally {
    await db?.$disconnect();
    await pglite?.close();
  }
}

async function onPostgres(serverUrl: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `captcha_bench_${randomBytes(6).toString("hex")}`;
  let db: PrismaClient | undefined;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const sql of migrationScripts()) await client.query(sql);
    } finally {
      await client.end();
    }
    db = new PrismaClient({ adapter: postgresAdapter(url.toString()) });
    const version = (await admin.query("SHOW server_version")).rows[0]?.server_version;
    await measure(`PostgreSQL ${version} (${url.host}, scratch database ${name})`, db);
  } finally {
    await db?.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

await onPGlite();
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (serverUrl) await onPostgres(serverUrl);
else console.log("\nBENCH_DATABASE_URL / TEST_DATABASE_URL not set: skipped PostgreSQL.");
