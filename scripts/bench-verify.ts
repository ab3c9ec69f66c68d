// `npm run bench:verify`: the runtime's throughput through the server `npm start` runs, next to a
// bare Node.js HTTP server answering the same JSON in the same run (machines here are shared:
// compare ratios, not absolute figures).
//
// Paths: initialization (Slider, Puzzle Verification, Image Restoration), client verification
// (proof of work checked, behaviour judged, one batched write), and server verification by the
// JSON API (HTTP Basic) and by Alibaba Cloud's SDK signature (ACS3-HMAC-SHA256, a new nonce per
// call). On the embedded PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
// is set; there, also two app instances sharing the database, with the load split between them.
//
// Each request is new work: a new challenge, a new token, a new nonce. Tokens and challenge states
// are minted by this script with the server key it gives the app (what a passed client
// verification or an initialization would hand out), so the load generator does not spend minutes
// solving proofs of work; the server's checks are the same.
import { spawn } from "node:child_process";
import { createHash, createHmac, randomBytes } from "node:crypto";
import pg from "pg";
import { seededRandom } from "../e2e/human-motion";
import { openState, sealState, type ChallengeState } from "../server/runtime/challenge-state";
import { issueToken } from "../server/runtime/token";
import { humanAttempt, Visitor } from "../server/test/visitor";
import { removeDataDir, scratchDatabase, setUpCustomer, startApp, temporaryDataDir, type Customer } from "./bench/app-under-test";
import { BARE_SERVER_SOURCE, load, type LoadResult } from "./bench/load";

const SERVER_KEY = randomBytes(32).toString("base64");
process.env.CAPTCHA_SERVER_KEY = SERVER_KEY;
const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const POSTGRES = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;

interface Row extends LoadResult {
  label: string;
}
const rows: Row[] = [];
const randomAddress = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 254)}`;

async function bareServer() {
  const child = spawn(process.execPath, ["-e", BARE_SERVER_SOURCE], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout!.on("data", (chunk) => resolve(/READY (\d+)/.exec(String(chunk))![1])));
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** What an initialization of this scenario seals: the template for minted states. */
async function stateTemplate(origin: string, customer: Customer, type: "SLIDER") {
  const init = await new Visitor(origin, { prefix: customer.prefix, sceneId: customer.sceneIds[type] }).init();
  return openState(init.State)!;
}

function mintStates(template: ChallengeState, count: number) {
  const random = seededRandom(42);
  // Distinct human drags (a replayed one would be refused as such), reused only past this many.
  const drags = Array.from({ length: Math.min(count, 4000) }, () =>
    humanAttempt(random, {
      certifyId: "",
      type: "SLIDER",
      challenge: { trackWidth: template.m },
      pow: { algorithm: "SHA-256", salt: "", challenges: [], max: 0 },
      state: "",
    }),
  );
  return Array.from({ length: count }, (_, i) => {
    const certifyId = `${template.c.split("_")[0]}_${randomBytes(5).toString("hex")}`;
    const secrets = template.p.map(() => Math.floor(Math.random() * 40_000));
    const drag = drags[i % drags.length];
    return JSON.stringify({
      certifyId,
      state: sealState({ ...template, c: certifyId, p: secrets, d: randomBytes(16).toString("base64url"), i: Date.now() }),
      pow: secrets,
      answer: drag.answer,
      events: drag.events,
      pointer: "mouse",
      box: drag.box,
      env: { platform: "Linux x86_64" },
    });
  });
}

function mintTokens(template: ChallengeState, count: number) {
  return Array.from({ length: count }, () => {
    const certifyId = `${template.c.split("_")[0]}_${randomBytes(5).toString("hex")}`;
    return issueToken({ c: certifyId, n: template.n, s: template.s, o: template.o, r: "T001", i: Date.now() });
  });
}

/** Alibaba Cloud's ACS3-HMAC-SHA256 signature, as the SDK computes it, for a form body. */
function signAcs3(host: string, accessKeyId: string, secret: string, body: string) {
  const headers: Record<string, string> = {
    host,
    "x-acs-action": "VerifyIntelligentCaptcha",
    "x-acs-version": "2023-03-05",
    "x-acs-date": new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    "x-acs-signature-nonce": randomBytes(16).toString("hex"),
    "x-acs-content-sha256": createHash("sha256").update(body).digest("hex"),
  };
  const names = Object.keys(headers).sort();
  const canonical = [
    "POST",
    "/",
    "",
    names.map((name) => `${name}:${headers[name]}\n`).join(""),
    names.join(";"),
    headers["x-acs-content-sha256"],
  ].join("\n");
  const signature = createHmac("sha256", secret)
    .update(`ACS3-HMAC-SHA256\n${createHash("sha256").update(canonical).digest("hex")}`)
    .digest("hex");
  const { host: _host, ...sent } = headers;
  return {
    ...sent,
    "content-type": "application/x-www-form-urlencoded",
    authorization: `ACS3-HMAC-SHA256 Credential=${accessKeyId},SignedHeaders=${names.join(";")},Signature=${signature}`,
  };
}

async function run(label: string, fn: () => Promise<LoadResult>) {
  const result = await fn();
  rows.push({ label, ...result });
  const codes = Object.entries(result.codes)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  console.log(`${label.padEnd(58)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  (${codes})`);
}

async function benchDatabase(name: string, databaseUrl: string | undefined) {
  const dataDir = temporaryDataDir();
  const app = await startApp({ databaseUrl, dataDir, serverKey: SERVER_KEY });
  const bare = await bareServer();
  try {
    const customer = await setUpCustomer(app.origin);
    const template = await stateTemplate(app.origin, customer, "SLIDER");
    const plan = Math.ceil(SECONDS * 15_000);
    const tokens = mintTokens(template, plan);
    const states = mintStates(template, Math.ceil(SECONDS * 4_000));
    const host = new URL(app.origin).host;
    const basic = `Basic ${Buffer.from(`${customer.accessKeyId}:${customer.accessKeySecret}`).toString("base64")}`;
    const init = (type: keyof Customer["sceneIds"]) => () =>
      load({
        url: `${app.origin}/api/captcha/init`,
        seconds: SECONDS,
        body: () => JSON.stringify({ prefix: customer.prefix, sceneId: customer.sceneIds[type] }),
        headers: () => ({ "x-forwarded-for": randomAddress() }),
      });

    // Warm up every path (JIT, caches, picture pools) before measuring.
    await load({
      url: `${app.origin}/api/captcha/init`,
      seconds: 2,
      body: () => JSON.stringify({ prefix: customer.prefix, sceneId: customer.sceneIds.PUZZLE }),
    });
    await run(`${name}: bare Node.js HTTP server, same JSON`, () => load({ url: bare.origin, seconds: SECONDS, body: () => "{}" }));
    let next = 0;
    await run(`${name}: server verification, JSON API (POST /api/v1/verify)`, () =>
      load({
        url: `${app.origin}/api/v1/verify`,
        seconds: SECONDS,
        body: () => JSON.stringify({ CaptchaVerifyParam: tokens[next++ % tokens.length], SceneId: template.n }),
        headers: () => ({ authorization: basic }),
      }),
    );
    await run(`${name}: server verification, SDK signature (POST /)`, () =>
      load({
        url: `${app.origin}/`,
        seconds: SECONDS,
        body: () => new URLSearchParams({ CaptchaVerifyParam: tokens[next++ % tokens.length], SceneId: template.n }).toString(),
        headers: (_, body) => signAcs3(host, customer.accessKeyId, customer.accessKeySecret, body),
      }),
    );
    let state = 0;
    await run(`${name}: client verification, Slider (PoW, behaviour, one write)`, () =>
      load({
        url: `${app.origin}/api/captcha/verify`,
        seconds: SECONDS,
        body: () => states[state++ % states.length],
        headers: () => ({ "x-forwarded-for": randomAddress() }),
      }),
    );
    await run(`${name}: initialization, Slider CAPTCHA`, init("SLIDER"));
    await run(`${name}: initialization, Puzzle Verification`, init("PUZZLE"));
    await run(`${name}: initialization, Image Restoration`, init("IMAGE_RESTORATION"));
    // A real visitor still passes after all that (and the proof of work is really checked).
    const answer = await new Visitor(app.origin, { prefix: customer.prefix, sceneId: customer.sceneIds.SLIDER }).solve(seededRandom(1));
    if (answer.Result.VerifyCode !== "T001") throw new Error(`a real visitor got ${answer.Result.VerifyCode}`);
  } finally {
    bare.stop();
    await app.stop();
    removeDataDir(dataDir);
  }
}

/** Two instances on one PostgreSQL, load split between them: counts exact, each token verified once. */
async function benchTwoInstances(serverUrl: string) {
  const database = await scratchDatabase(serverUrl);
  const dirs = [temporaryDataDir(), temporaryDataDir()];
  const first = await startApp({ databaseUrl: database.url, dataDir: dirs[0], serverKey: SERVER_KEY });
  const second = await startApp({ databaseUrl: database.url, dataDir: dirs[1], serverKey: SERVER_KEY });
  const bare = await bareServer();
  try {
    const customer = await setUpCustomer(first.origin);
    const template = await stateTemplate(first.origin, customer, "SLIDER");
    const tokens = mintTokens(template, Math.ceil(SECONDS * 20_000));
    const basic = `Basic ${Buffer.from(`${customer.accessKeyId}:${customer.accessKeySecret}`).toString("base64")}`;
    await run("PostgreSQL, two instances: bare Node.js HTTP server (one)", () =>
      load({ url: bare.origin, seconds: SECONDS, body: () => "{}" }),
    );
    let next = 0;
    // A fixed number of requests (not a duration): every request sent is answered, so the counts can be compared exactly.
    const perInstance = Math.ceil(SECONDS * 1_500);
    const half = (origin: string) =>
      load({
        url: `${origin}/api/v1/verify`,
        amount: perInstance,
        connections: 10,
        body: () => JSON.stringify({ CaptchaVerifyParam: tokens[next++], SceneId: template.n }),
        headers: () => ({ authorization: basic }),
      });
    const [a, b] = await Promise.all([half(first.origin), half(second.origin)]);
    const codes: Record<string, number> = {};
    for (const result of [a, b]) for (const [code, n] of Object.entries(result.codes)) codes[code] = (codes[code] ?? 0) + n;
    const combined: LoadResult = {
      rps: a.rps + b.rps,
      p50: Math.max(a.p50, b.p50),
      p99: Math.max(a.p99, b.p99),
      errors: a.errors + b.errors,
      total: a.total + b.total,
      codes,
    };
    rows.push({ label: "PostgreSQL, two instances: server verification, JSON API, load split", ...combined });
    console.log(
      `two instances: ${combined.rps.toFixed(0)} req/s (${a.rps.toFixed(0)} + ${b.rps.toFixed(0)}), p99 ${combined.p99} ms, codes ${JSON.stringify(codes)}`,
    );

    // The same 500 tokens sent to both instances at once: each verifies exactly once.
    const raced = mintTokens(template, 500);
    const verifyOn = (origin: string, token: string) =>
      fetch(`${origin}/api/v1/verify`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basic },
        body: JSON.stringify({ CaptchaVerifyParam: token }),
      }).then(async (response) => (await response.json()).Result.VerifyCode as string);
    const outcomes = (
      await Promise.all(raced.map((token) => Promise.all([verifyOn(first.origin, token), verifyOn(second.origin, token)])))
    ).flat();
    const passed = outcomes.filter((code) => code === "T001").length;
    console.log(`500 tokens raced on both instances: ${passed} T001, ${outcomes.filter((code) => code === "F008").length} F008`);
    if (passed !== 500) throw new Error("a token verified twice or not at all");

    // Usage counts: every answered verification counted once, across both instances.
    await Promise.all([first.stop(), second.stop()]); // SIGTERM: both flush their counts
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows: counted } = await client.query(
      `SELECT "code", SUM("count")::int AS n FROM "UsageCount" WHERE "kind" = 'verify' GROUP BY "code"`,
    );
    await client.end();
    const countedTotal = counted.reduce((sum, row) => sum + row.n, 0);
    // The load's answers and the race's 1,000 answers.
    const answered = combined.total + outcomes.length;
    console.log(`usage counts: ${countedTotal} verifications counted, ${answered} answered`);
    if (countedTotal !== answered) throw new Error("usage counts are not exact");
  } finally {
    bare.stop();
    await Promise.all([first.stop(), second.stop()]).catch(() => {});
    dirs.forEach(removeDataDir);
    await database.drop();
  }
}

await benchDatabase("PGlite", undefined);
if (POSTGRES) {
  const database = await scratchDatabase(POSTGRES);
  try {
    await benchDatabase("PostgreSQL", database.url);
  } finally {
    await database.drop();
  }
  await benchTwoInstances(POSTGRES);
} else {
  console.log("BENCH_DATABASE_URL / TEST_DATABASE_URL not set: PostgreSQL skipped.");
}

console.log("\n| path (20 connections) | requests/s | share of bare | p50 ms | p99 ms | non-2xx |");
console.log("|---|---:|---:|---:|---:|---:|");
let bareRps = 1;
for (const row of rows) {
  if (/bare Node/.test(row.label)) bareRps = row.rps;
  const share = /bare Node/.test(row.label) ? "100 %" : `${((row.rps / bareRps) * 100).toFixed(1)} %`;
  console.log(`| ${row.label} | ${row.rps.toFixed(0)} | ${share} | ${row.p50} | ${row.p99} | ${row.errors} |`);
}
process.exit(0);
