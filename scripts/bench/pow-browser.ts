/**
 * How fast the widget's proof of work runs in Chromium, to choose the difficulty (k, max).
 *
 *   npx tsx scripts/bench/pow-browser.ts [--k 10] [--max 60000] [--runs 30] [--trials 5] [--ms 1000]
 *
 * Prints, normally and with the CPU throttled 4x through CDP (Emulation.setCPUThrottlingRate):
 * - hashes/s of the widget's synchronous pure-JS SHA-256 search and of crypto.subtle.digest
 *   (one at a time and batched), on the main thread and in a dedicated worker;
 * - solve-time percentiles of the widget's solver (widget/pow/solver.ts) for k sub-puzzles with
 *   secret numbers drawn uniformly in [0, max] (challenges made here with node:crypto).
 *
 * CDP throttling slows only the page's main thread (Chromium's ThreadCPUThrottler; worker targets
 * refuse the command), so "4x" figures are measured on the main thread: that is the slow-device
 * estimate for the worker too, and exactly the main-thread fallback's speed there.
 * Hash rates are the median and the best of --trials runs: on a shared machine other work only
 * ever slows a run down, so "best" is the closer estimate of an idle machine.
 * Browser: /usr/bin/chromium, or PLAYWRIGHT_CHROMIUM.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { chromium, type Page } from "playwright-core";
import { buildWidget } from "../build-widget.mjs";

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const K = option("k", 10);
const MAX = option("max", 60_000);
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const thousands = (rate: number) => `${Math.round(rate / 1000).toLocaleString("en")}k`;

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
  const browser = await chromium.launch({
    executablePath: process.env.PLAYWRIGHT_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(origin);
    const cdp = await page.context().newCDPSession(page);
    const throttle = (rate: number) => cdp.send("Emulation.setCPUThrottlingRate", { rate });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(`Chromium ${browser.version()}, headless; hardwareConcurrency ${cores}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);

    type Variant = { label: string; request: { rate: "pure" | "subtle"; ms: number; batch?: number }; worker: boolean; throttled: boolean };
    const variants: Variant[] = [];
    for (const throttled of [false, true]) {
      variants.push({ label: "pure JS, main thread", request: { rate: "pure", ms: MS }, worker: false, throttled });
      variants.push({ label: "subtle.digest x1, main thread", request: { rate: "subtle", ms: MS, batch: 1 }, worker: false, throttled });
      variants.push({ label: "subtle.digest x64, main thread", request: { rate: "subtle", ms: MS, batch: 64 }, worker: false, throttled });
      if (!throttled) {
        variants.push({ label: "pure JS, worker", request: { rate: "pure", ms: MS }, worker: true, throttled });
        variants.push({ label: "subtle.digest x64, worker", request: { rate: "subtle", ms: MS, batch: 64 }, worker: true, throttled });
      }
    }
    // Interleaved trials, so a burst of load elsewhere does not land on one variant only.
    const rates = new Map<Variant, number[]>(variants.map((variant) => [variant, []]));
    for (let trial = 0; trial < TRIALS; trial++) {
      for (const variant of variants) {
        await throttle(variant.throttled ? 4 : 1);
        const rate = await measure(page, variant.request, variant.worker);
        rates.get(variant)!.push(rate);
      }
    }
    await throttle(1);
    console.log(`\nhashes/s (median / best of ${TRIALS} x ${MS} ms)`);
    for (const variant of variants) {
      const values = rates.get(variant)!;
      console.log(`  ${variant.throttled ? "CPU 4x " : "normal "} ${variant.label.padEnd(32)} ${thousands(median(values)).padStart(7)} / ${thousands(Math.max(...values)).padStart(7)}`);
    }

    console.log(`\nsolve time, k=${K}, max=${MAX} (${RUNS} runs; expected work k*max/2 = ${((K * MAX) / 2).toLocaleString("en")} hashes)`);
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
        const { pow, numbers } = makePow(K, MAX);
        const solved = await page.evaluate(([pow, workers]) => (window as unknown as { powBench: { solve(pow: unknown, workers?: number): Promise<{ ms: number; numbers: number[]; mode: string }> } }).powBench.solve(pow, workers ?? undefined), [pow, condition.workers ?? null] as const);
        if (solved.numbers.join() !== numbers.join()) throw new Error(`wrong numbers: ${solved.numbers} != ${numbers}`);
        times.push(solved.ms);
        mode = solved.mode;
      }
      times.sort((a, b) => a - b);
      const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
      console.log(`  ${condition.label.padEnd(34)} p50 ${ms(percentile(times, 50))}  p90 ${ms(percentile(times, 90))}  p99 ${ms(percentile(times, 99))}  max ${ms(times[times.length - 1])}  (${mode})`);
    }
    await throttle(1);
  } finally {
    await browser.close();
    server.close();
  }
}

function measure(page: Page, request: object, worker: boolean): Promise<number> {
  return page.evaluate(
    ([request, worker]) => {
      const bench = (window as unknown as { powBench: { measure(r: object): Promise<number>; measureInWorker(r: object): Promise<number> } }).powBench;
      return worker ? bench.measureInWorker(request) : bench.measure(request);
    },
    [request, worker] as const,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
