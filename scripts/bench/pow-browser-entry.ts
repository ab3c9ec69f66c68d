/**
 * Browser side of scripts/bench/pow-browser.ts, bundled by it (with scripts/build-widget.mjs).
 * In a page: window.powBench. In a worker (the same file started with new Worker): answers
 * {rate: "pure" | "subtle", ms, batch} with hashes/s, to measure off the main thread too.
 */
import { PuzzleSearch, type Pow } from "../../widget/pow/puzzles";
import { solvePow } from "../../widget/pow/solver";

const IMPOSSIBLE = "0".repeat(64);
const SALT = "4f1c2b7a9e8d6c5b4a3f2e1d0c9b8a7f";

/** A measurement: how many hashes in how many (wall-clock) milliseconds. */
export interface Rate {
  hashes: number;
  ms: number;
}

/** Hashes/s of the widget's synchronous pure-JS search (a target that never matches). */
function pureRate(ms: number): Rate {
  const pow: Pow = { algorithm: "SHA-256", salt: SALT, challenges: [IMPOSSIBLE], max: 1e9 };
  const search = new PuzzleSearch(pow, 0);
  search.step(20_000); // warm-up: let the JIT optimise before timing
  const started = performance.now();
  let hashes = 0;
  while (performance.now() - started < ms) hashes += search.step(4096);
  return { hashes, ms: performance.now() - started };
}

/** Hashes/s of crypto.subtle.digest, `batch` digests in flight at a time, same inputs. */
async function subtleRate(ms: number, batch: number): Promise<Rate> {
  const encoder = new TextEncoder();
  const prefix = `${SALT}:0:`;
  let n = 0;
  let hashes = 0;
  let started = performance.now();
  let warm = false;
  for (;;) {
    const pending: Promise<ArrayBuffer>[] = [];
    for (let i = 0; i < batch; i++) pending.push(crypto.subtle.digest("SHA-256", encoder.encode(prefix + n++)));
    const digests = await Promise.all(pending);
    // Compare like a solver would (first word against the target's).
    for (const digest of digests) if (new DataView(digest).getUint32(0) === 0xdeadbeef) hashes += 0;
    hashes += batch;
    if (!warm && performance.now() - started > 100) {
      warm = true;
      hashes = 0;
      started = performance.now();
    }
    if (warm && performance.now() - started >= ms) break;
  }
  return { hashes, ms: performance.now() - started };
}

interface RateRequest {
  rate: "pure" | "subtle";
  ms: number;
  batch?: number;
}
const measure = (request: RateRequest): Promise<Rate> =>
  request.rate === "pure" ? Promise.resolve(pureRate(request.ms)) : subtleRate(request.ms, request.batch ?? 64);

if (typeof window === "undefined") {
  const scope = self as unknown as { onmessage: (event: MessageEvent<RateRequest>) => void; postMessage(value: Rate): void };
  scope.onmessage = (event) => {
    measure(event.data).then((rate) => scope.postMessage(rate));
  };
} else {
  const script = (document.currentScript as HTMLScriptElement).src;
  (window as unknown as { powBench: object }).powBench = {
    measure,
    /** The same measurement in a dedicated worker (this file again). */
    measureInWorker(request: RateRequest): Promise<Rate> {
      return new Promise((resolve, reject) => {
        const worker = new Worker(script);
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage(request);
      });
    },
    /** Solves with the widget's solver; returns milliseconds and where it ran. */
    async solve(pow: Pow, workers?: number): Promise<{ ms: number; numbers: number[]; mode: string }> {
      const started = performance.now();
      const run = solvePow(pow, workers === undefined ? {} : { workers });
      const numbers = await run.result;
      return { ms: performance.now() - started, numbers, mode: run.mode() };
    },
  };
}
