/**
 * The proof-of-work worker. Bundled to a string at build time (scripts/build-widget.mjs) and
 * started from a Blob URL: a worker script from the CAPTCHA server's origin cannot be started from
 * the customer's page (workers are same-origin only).
 *
 * Protocol: in {pow, indices}; out {index, n} for each sub-puzzle as it is solved (n = -2: none in
 * range). One job per worker; the page terminates it when done or no longer needed.
 */
import { solveAll, type Pow } from "./puzzles";

export interface WorkerJob {
  pow: Pow;
  indices: number[];
}
export interface WorkerFound {
  index: number;
  n: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerJob>) => void) | null;
  postMessage(message: WorkerFound | { ready: true }): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { pow, indices } = event.data;
  solveAll(pow, indices, (index, n) => scope.postMessage({ index, n }));
};
// Tells the page the script runs (a CSP that blocks blob: workers fails before this).
scope.postMessage({ ready: true });
