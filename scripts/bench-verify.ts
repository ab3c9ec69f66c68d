// Load on the verification endpoint (POST /api/v1/verify, the plain JSON API with the access key),
// with autocannon, next to a bare Node.js HTTP server answering the same JSON, in the same run.
//
//   npm run bench:verify
//
// Runs on an in-memory PGlite, and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
// is set (a scratch database, dropped afterwards). The server runs in a child process so that the
// load generator does not share its event loop. Every request verifies a different solved token.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import pg from "pg";

const CONNECTIONS = 20;
const REQUESTS = Number(process.env.BENCH_TOKENS || 4000);

/** The bare server answers in microseconds: it gets more requests, so its run lasts long enough to measure. */
const BARE_REQUESTS = 20_000;

async function load(origin: string, path: string, bodies: (i: number) => string, headers: Record<string, string>, amount = REQUESTS) {
  let i = 0;
  const result = await autocannon({
    url: `${origin}${path}`,
    connections: CONNECTIONS,
    amount,
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies(i++) }) }],
  });
  // Throughput over the whole run (autocannon's per-second average misreads runs of a few seconds).
  return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, total: result.requests.total };
}

function startChild(args: string[]): Promise<{ child: ChildProcess; ready: string[] }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader of this very node, so that kill() reaches the server and not a wrapper.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/verify-server.ts", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let buffer = "";
    child.stdout!.on("data", (chunk) => {
      buffer += chunk;
      const line = buffer.split("\n").find((l) => l.startsWith("READY "));
      if (line) resolve({ child, ready: line.split(" ").slice(1) });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function benchCaptcha(label: string, databaseUrl?: string) {
  const { child, ready } = await startChild(databaseUrl ? [databaseUrl] : []);
  const [origin, file, accessKeyId, secret] = ready;
  const { tokens, sceneId } = JSON.parse(readFileSync(file, "utf8")) as { tokens: string[]; sceneId: string };
  rmSync(file);
  const authorization = `Basic ${Buffer.from(`${accessKeyId}:${secret}`).toString("base64")}`;
  const result = await load(origin, "/api/v1/verify", (i) => JSON.stringify({ CaptchaVerifyParam: tokens[i % tokens.length], SceneId: sceneId }), { authorization });
  child.kill("SIGTERM");
  return { label, ...result };
}

async function benchBare() {
  const body = JSON.stringify({ RequestId: "0", Success: true, Code: "Success", Message: "success", Result: { VerifyResult: true, VerifyCode: "T001" } });
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const result = await load(origin, "/", () => "{}", {}, BARE_REQUESTS);
  server.close();
  return { label: "bare Node.js http server (same JSON, no work)", ...result };
}

const rows = [await benchBare(), await benchCaptcha("VerifyIntelligentCaptcha JSON API on PGlite")];
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (serverUrl) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `captcha_bench_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const migrate = new pg.Client({ connectionString: url.toString() });
    await migrate.connect();
    const { migrationScripts } = await import("../server/database/migrations");
    for (const sql of migrationScripts()) await migrate.query(sql);
    await migrate.end();
    rows.push(await benchCaptcha("VerifyIntelligentCaptcha JSON API on PostgreSQL", url.toString()));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

console.log(`\n${REQUESTS} verifications per database (each token once), ${BARE_REQUESTS} for the bare server; ${CONNECTIONS} connections (autocannon), ${new Date().toISOString()}`);
console.table(rows.map((row) => ({ target: row.label, "req/s": Math.round(row.rps), "p50 ms": row.p50, "p99 ms": row.p99, "non-2xx/errors": row.errors })));
