/**
 * How fast the widget's proof of work runs in Chromium, to choose the difficulty (k, max).
 *
 *   npx tsx scripts/bench/pow-browser.ts [--k 10] [--max 40000] [--runs 30] [--trials 5] [--ms 1000] [--solve-only]
 *
 * Prints, normally and with the CPU throttled 4x through CDP (Emulation.setCPUThrottlingRate):
 * - hashes/s of the widget's synchronous pure-JS SHA-256 search and of crypto.subtle.digest
 *   (one at a time and batched), on the main thread and in a dedicated worker;
 * - solve-time percentiles of the widget's solver (widget/pow/solver.ts) for k sub-puzzles with
 *   secret numbers drawn uniformly in [0, max] (challenges made here with node:crypto). Each run
 *   on a freshly loaded page, so the code starts cold as on a first visit (--warm: same page).
 *
 * CDP throttling slows only the page's main thread (Chromium's ThreadCPUThrottler; worker targets
 * refuse the command), so "4x" figures are measured on the main thread: that is the slow-device
 * estimate for the worker too, and exactly the main-thread fallback's speed there.
 * Hash rates are the median and the best of --trials runs of wall-clock time. On a shared machine
 * other work takes turns on the cores and only ever slows a run down; so the script also divides
 * the hashes by the CPU time all of Chromium's processes used meanwhile (Linux /proc): hashes per
 * CPU-second, what an idle core does. (Not for throttled runs: the throttler makes the thread
 * sleep, which costs no CPU time; on an idle machine 4x throttled is a quarter of the CPU rate.)
 * Browser: /usr/bin/chromium, or PLAYWRIGHT_CHROMIUM.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/chromium";
import { buildWidget } from "../build-widget.mjs";

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const K = option("k", 10);
const MAX = option("max", 40_000);
const SOLVE_ONLY = process.argv.includes("--solve-only");
const WARM = process.argv.includes("--warm");
const RUNS = option("runs", 30);
const TRIALS = option("trials", 5);
const MS = option("ms", 1000);

interface Pow {
  algorithm: "SHA-256";
  salt: string;
  challenges: string[];
  max: number;
}
/** What the server does: k secret numbers in [0, max], their hashes. */
function makePow(k: number, max: number): { pow: Pow; numbers: number[] } {
  const salt = randomBytes(16).toString("hex");
  const numbers = Array.from({ length: k }, () => randomInt(0, max + 1));
  const challenges = numbers.map((n, i) => createHash("sha256").update(`${salt}:${i}:${n}`).digest("hex"));
  return { pow: { algorithm: "SHA-256", salt, challenges, max }, numbers };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const thousands = (rate: number) => `${Math.round(rate / 1000).toLocaleString("en")}k`;

/** CPU seconds (user + system) used so far by a process and all its descendants; null off Linux. */
function cpuSeconds(rootPid: number): number | null {
  try {
    const stats = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map((pid) => {
        try {
          // After the command name in parentheses: state ppid ... utime (14th field) stime (15th).
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
            .replace(/^.*\) /, "")
            .split(" ");
          return { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
        } catch {
          return null; // the process ended meanwhile
        }
      })
      .filter((stat): stat is { pid: number; ppid: number; ticks: number } => stat !== null);
    const family = new Set([rootPid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const stat of stats) if (!family.has(stat.pid) && family.has(stat.ppid)) family.add(stat.pid), (grew = true);
    }
    const ticks = stats.filter((stat) => family.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

async function main() {
  const { code } = await buildWidget({ outfile: null, entry: "scripts/bench/pow-browser-entry.ts" });
  const server = http.createServer((request, response) => {
    if (request.url === "/bench.js") {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end(code);
      return;
    }
    response.writeHead(200, { "content-type": "text/html" });
    response.end('<!doctype html><title>pow bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A server, to know the browser's process (its CPU time); the page is driven the usual way.
  const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browserPid = browserServer.process().pid!;
  const browser = await chromium.connect(browserServer.wsEndpoint());
  try {
    const page = await browser.newPage();
    await page.goto(origin);
    const cdp = await page.context().newCDPSession(page);
    const throttle = (rate: number) => cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(
      `Chromium ${browser.version()}, headless; hardwareConcurrency ${cores}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );

    type Variant = { label: string; request: { rate: "pure" | "subtle"; ms: number; batch?: number }; worker: boolean; throttled: boolean };
    const variants: Variant[] = [];
    for (const throttled of SOLVE_ONLY ? [] : [false, true]) {
      variants.push({ label: "pure JS, main thread", request: { rate: "pure", ms: MS }, worker: false, throttled });
      variants.push({ label: "subtle.digest x1, main thread", request: { rate: "subtle", ms: MS, batch: 1 }, worker: false, throttled });
      variants.push({ label: "subtle.digest x64, main thread", request: { rate: "subtle", ms: MS, batch: 64 }, worker: false, throttled });
      if (!throttled) {
        variants.push({ label: "pure JS, worker", request: { rate: "pure", ms: MS }, worker: true, throttled });
        variants.push({ label: "subtle.digest x64, worker", request: { rate: "subtle", ms: MS, batch: 64 }, worker: true, throttled });
      }
    }
    // Interleaved trials, so a burst of load elsewhere does not land on one variant only.
    const rates = new Map<Variant, { wall: number[]; hashes: number; cpu: number }>(
      variants.map((variant) => [variant, { wall: [], hashes: 0, cpu: 0 }]),
    );
    let cpuKnown = true;
    for (let trial = 0; trial < TRIALS; trial++) {
      for (const variant of variants) {
        await throttle(variant.throttled ? 4 : 1);
        const cpuBefore = cpuSeconds(browserPid);
        const { hashes, ms } = await measure(page, variant.request, variant.worker);
        const cpuAfter = cpuSeconds(browserPid);
        const entry = rates.get(variant)!;
        entry.wall.push(hashes / (ms / 1000));
        if (cpuBefore === null || cpuAfter === null) cpuKnown = false;
        else {
          entry.hashes += hashes;
          entry.cpu += cpuAfter - cpuBefore;
        }
      }
    }
    await throttle(1);
    if (!SOLVE_ONLY)
      console.log(
        `\nhashes/s: wall clock, median / best of ${TRIALS} x ${MS} ms${cpuKnown ? "; per CPU-second of Chromium's processes" : ""}`,
      );
    for (const variant of variants) {
      const { wall, hashes, cpu } = rates.get(variant)!;
      if (!wall.length) continue;
      const perCpu = cpuKnown && !variant.throttled && cpu > 0 ? thousands(hashes / cpu).padStart(9) : "";
      console.log(
        `  ${variant.throttled ? "CPU 4x " : "normal "} ${variant.label.padEnd(32)} ${thousands(median(wall)).padStart(7)} / ${thousands(Math.max(...wall)).padStart(7)}${perCpu}`,
      );
    }

    console.log(
      `\nsolve time, k=${K}, max=${MAX} (${RUNS} runs${WARM ? ", warm page" : ", each on a fresh page"}; expected work k*max/2 = ${((K * MAX) / 2).toLocaleString("en")} hashes)`,
    );
    const conditions = [
      { label: "normal, widget default workers", workers: undefined as number | undefined, rate: 1 },
      { label: "normal, 1 worker", workers: 1, rate: 1 },
      { label: "normal, main-thread fallback", workers: 0, rate: 1 },
      { label: "CPU 4x, main-thread fallback", workers: 0, rate: 4 },
    ];
    for (const condition of conditions) {
      await throttle(condition.rate);
      const times: number[] = [];
      let mode = "";
      for (let run = 0; run < RUNS; run++) {
        if (!WARM) await page.reload();
        const { pow, numbers } = makePow(K, MAX);
        const solved = await page.evaluate(
          ([pow, workers]) =>
            (
              window as unknown as {
                powBench: { solve(pow: unknown, workers?: number): Promise<{ ms: number; numbers: number[]; mode: string }> };
              }
            ).powBench.solve(pow, workers ?? undefined),
          [pow, condition.workers ?? null] as const,
        );
        if (solved.numbers.join() !== numbers.join()) throw new Error(`wrong numbers: ${solved.numbers} != ${numbers}`);
        times.push(solved.ms);
        mode = solved.mode;
      }
      times.sort((a, b) => a - b);
      const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
      console.log(
        `  ${condition.label.padEnd(34)} p50 ${ms(percentile(times, 50))}  p90 ${ms(percentile(times, 90))}  p99 ${ms(percentile(times, 99))}  max ${ms(times[times.length - 1])}  (${mode})`,
      );
    }
    await throttle(1);
  } finally {
    await browser.close();
    await browserServer.close();
    server.close();
  }
}

function measure(page: Page, request: object, worker: boolean): Promise<{ hashes: number; ms: number }> {
  return page.evaluate(
    ([request, worker]) => {
      type Rate = { hashes: number; ms: number };
      const bench = (window as unknown as { powBench: { measure(r: object): Promise<Rate>; measureInWorker(r: object): Promise<Rate> } })
        .powBench;
      return worker ? bench.measureInWorker(request) : bench.measure(request);
    },
    [request, worker] as const,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
