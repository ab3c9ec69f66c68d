// One load run with autocannon against a URL, every request built on the spot (a new token, a new
// challenge…) and every answer read, so the run reports the verify codes it got.
import autocannon from "autocannon";

export const CONNECTIONS = 20;

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  total: number;
  /** What the answers said: Result.VerifyCode, or Code for the others. */
  codes: Record<string, number>;
}

export async function load(options: {
  url: string;
  body: (i: number) => string;
  headers?: (i: number, body: string) => Record<string, string>;
  /** A duration, or a number of requests (then every request is answered before the run ends). */
  seconds?: number;
  amount?: number;
  connections?: number;
}): Promise<LoadResult> {
  let i = 0;
  const codes: Record<string, number> = {};
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? CONNECTIONS,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    method: "POST",
    requests: [
      {
        setupRequest: (request) => {
          const n = i++;
          const body = options.body(n);
          return { ...request, body, headers: { "content-type": "application/json", ...options.headers?.(n, body) } };
        },
        onResponse: (_status, body) => {
          try {
            const answer = JSON.parse(body);
            const code = answer.Result?.VerifyCode ?? answer.Code ?? "?";
            codes[code] = (codes[code] ?? 0) + 1;
          } catch {
            codes["not JSON"] = (codes["not JSON"] ?? 0) + 1;
          }
        },
      },
    ],
  });
  // Throughput over the whole run (autocannon's per-second average misreads short runs).
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
    codes,
  };
}

/** A bare Node.js HTTP server answering a fixed JSON body, in its own process: the ceiling to compare with. */
export const BARE_SERVER_SOURCE = `
  const http = require("node:http");
  const body = JSON.stringify({ RequestId: "00000000-0000-0000-0000-000000000000", Success: true, Code: "Success", Message: "success", Result: { VerifyResult: true, VerifyCode: "T001" } });
  const server = http.createServer((request, response) => {
    request.resume();
    request.on("end", () => { response.writeHead(200, { "content-type": "application/json; charset=utf-8" }); response.end(body); });
  });
  server.keepAliveTimeout = 65000;
  server.listen(0, "127.0.0.1", () => console.log("READY " + server.address().port));`;
