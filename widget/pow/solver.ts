/**
 * Runs the proof of work off the main thread while the person looks at the challenge.
 *
 * Web Workers are started from a Blob URL holding the worker's bundled code (a worker script from
 * the CAPTCHA server's origin cannot be started from the customer's page). When the page forbids
 * that (a CSP without `worker-src blob:`, or no Worker at all), the same search runs on the main
 * thread in slices of a few milliseconds, so the page stays responsive.
 */
import { PuzzleSearch, type Pow } from "./puzzles";
import type { WorkerFound, WorkerJob } from "./worker";

/** The worker's code, bundled to a string by scripts/build-widget.mjs. */
declare const __POW_WORKER_SOURCE__: string;

/** A worker that has not said "ready" by then is taken as blocked (e.g. by CSP). */
const WORKER_READY_TIMEOUT_MS = 3000;
/** Main-thread fallback: work this long, then let the page handle input and paint. */
const SLICE_MS = 8;
const HASHES_PER_STEP = 1024;

export type PowMode = "worker" | "main";

export interface PowRun {
  /** The numbers, in sub-puzzle order. Rejects with PowError when the server's puzzle has no answer. */
  readonly result: Promise<number[]>;
  readonly done: boolean;
  /** Where the work ran ("main" once any part had to fall back). */
  mode(): PowMode;
  cancel(): void;
}

export class PowError extends Error {
  readonly code = "PowFailed";
}

export interface SolveOptions {
  /** How many workers share the sub-puzzles; 0 forces the main thread. Default: cores - 1, 1..4. */
  workers?: number;
}

let workerUrl: string | null | undefined;
/** The Blob URL of the worker's code, made once per page (null when Blob URLs are unavailable). */
function powWorkerUrl(): string | null {
  if (workerUrl !== undefined) return workerUrl;
  workerUrl = null;
  try {
    if (typeof Worker === "function" && typeof Blob === "function" && typeof URL !== "undefined" && URL.createObjectURL) {
      workerUrl = URL.createObjectURL(new Blob([__POW_WORKER_SOURCE__], { type: "text/javascript" }));
    }
  } catch (_) {
    workerUrl = null;
  }
  return workerUrl;
}

export function defaultWorkerCount(): number {
  const cores = (typeof navigator !== "undefined" && navigator.hardwareConcurrency) || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/** Runs `task` as soon as the browser has handled pending input (not clamped like nested timers). */
const yieldThen: (task: () => void) => void = (() => {
  if (typeof MessageChannel !== "function") return (task) => setTimeout(task, 0);
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  channel.port1.onmessage = () => {
    const task = queue.shift();
    if (task) task();
  };
  return (task) => {
    queue.push(task);
    channel.port2.postMessage(0);
  };
})();

const now = () => (typeof performance !== "undefined" && performance.now ? performance.now() : Date.now());

export function solvePow(pow: Pow, options: SolveOptions = {}): PowRun {
  const k = pow.challenges.length;
  const numbers: number[] = new Array(k);
  let remaining = k;
  let cancelled = false;
  let finished = false;
  let mode: PowMode = "worker";
  const workers: Worker[] = [];
  let resolve!: (numbers: number[]) => void;
  let reject!: (error: Error) => void;
  const result = new Promise<number[]>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });

  function stopWorkers() {
    workers.splice(0).forEach((worker) => worker.terminate());
  }
  function finish(error?: Error) {
    if (finished) return;
    finished = true;
    stopWorkers();
    if (error) reject(error);
    else resolve(numbers);
  }
  function found(index: number, n: number) {
    if (finished || cancelled || numbers[index] !== undefined) return;
    if (n < 0) {
      finish(new PowError(`No number in [0, ${pow.max}] solves sub-puzzle ${index}`));
      return;
    }
    numbers[index] = n;
    remaining -= 1;
    if (remaining === 0) finish();
  }

  // Sub-puzzles that a blocked or failed worker leaves behind are solved here, in slices.
  const mainQueue: PuzzleSearch[] = [];
  let mainRunning = false;
  function onMainThread(indices: number[]) {
    mode = "main";
    indices.forEach((index) => {
      if (numbers[index] === undefined) mainQueue.push(new PuzzleSearch(pow, index));
    });
    if (mainRunning) return;
    mainRunning = true;
    const slice = () => {
      if (cancelled || finished) return;
      const started = now();
      while (mainQueue.length && now() - started < SLICE_MS) {
        const search = mainQueue[0];
        search.step(HASHES_PER_STEP);
        if (search.done) {
          mainQueue.shift();
          found(search.index, search.result);
        }
      }
      if (mainQueue.length) yieldThen(slice);
      else mainRunning = false;
    };
    yieldThen(slice);
  }

  function startWorker(indices: number[], url: string) {
    let worker: Worker;
    try {
      worker = new Worker(url);
    } catch (_) {
      onMainThread(indices); // Chromium throws here for a CSP-blocked blob: worker
      return;
    }
    workers.push(worker);
    let ready = false;
    const giveUp = () => {
      worker.terminate();
      const index = workers.indexOf(worker);
      if (index >= 0) workers.splice(index, 1);
      if (!cancelled && !finished) onMainThread(indices);
    };
    const watchdog = setTimeout(() => {
      if (!ready) giveUp();
    }, WORKER_READY_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<WorkerFound | { ready: true }>) => {
      const data = event.data;
      if ("ready" in data) {
        ready = true;
        clearTimeout(watchdog);
        return;
      }
      found(data.index, data.n);
    };
    worker.onerror = (event) => {
      if (event.preventDefault) event.preventDefault(); // not the page's error: we fall back
      clearTimeout(watchdog);
      giveUp();
    };
    const job: WorkerJob = { pow, indices };
    worker.postMessage(job);
  }

  if (k === 0) finish();
  else {
    const url = options.workers === 0 ? null : powWorkerUrl();
    const count = Math.min(k, options.workers === undefined ? defaultWorkerCount() : options.workers);
    if (!url || count < 1) onMainThread(pow.challenges.map((_, index) => index));
    else {
      // Round-robin, so each worker gets a similar share of the (equally hard) sub-puzzles.
      for (let w = 0; w < count; w++) {
        const indices: number[] = [];
        for (let index = w; index < k; index += count) indices.push(index);
        startWorker(indices, url);
      }
    }
  }

  return {
    result,
    get done() {
      return finished;
    },
    mode: () => mode,
    cancel() {
      cancelled = true;
      stopWorkers();
      mainQueue.length = 0;
    },
  };
}
