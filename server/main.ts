import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { startAlertScheduler } from "./alert/scheduler";
import { closeConnections, connections } from "./database/connections";
import { migrateIfNeeded } from "./database/migrate";
import { getDb } from "./db";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderValue, parseTrustedProxies, resolveClientAddress } from "./http/client-address";
import { exitGracefully } from "./http/shutdown";
import { createRuntimeHandler } from "./runtime/router";
import { Runtime } from "./runtime/runtime";
import { flushAllUsage } from "./runtime/usage";

/**
 * The server process behind `npm start` (and `npm run dev`, the end-to-end tests and the
 * benchmarks): one Node HTTP server. The CAPTCHA runtime's paths are answered here directly
 * (server/runtime/router.ts) — every page view of every customer's sign-in page calls them, and
 * Next's router cost more than the work itself — and everything else goes to Next.js, the console.
 * It also owns what only the process can know or do: the client's address from the socket, and a
 * clean stop that saves usage counts.
 */
export interface ServerOptions {
  port: number;
  hostname?: string;
  dev?: boolean;
  /** Apply missing database migrations first (what `npm start` does). */
  migrate?: boolean;
  /** Install SIGTERM/SIGINT handlers (off in tests that start several servers in one process). */
  handleSignals?: boolean;
}

/** The client script: built by `npm run build` (dist/captcha), or from widget/ on each request in development. */
function clientScriptLoader(dev: boolean): () => Promise<Buffer> {
  if (dev) {
    return async () => {
      const { buildWidget } = await import(/* dev only */ path.resolve("scripts/build-widget.mjs"));
      return Buffer.from((await buildWidget({ outfile: null, minify: false })).code);
    };
  }
  let script: Promise<Buffer> | undefined;
  return () => (script ??= readFile(path.resolve("dist/captcha/AliyunCaptcha.js")));
}

/**
 * Next's request handlers announce how long next.config.js took to load, on every start (there is
 * no option to turn it off); a start should print only that it is ready, so that one line goes.
 * Everything else Next logs meanwhile, and every warning and error, passes.
 */
async function withoutConfigTiming<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === "string" && /Running next\.config\.\w+ took /.test(args[0])) return;
    log(...args);
  };
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

export async function startServer({ port, hostname, dev = false, migrate = false, handleSignals = true }: ServerOptions): Promise<Server> {
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  if (migrate) await migrateIfNeeded();
  const app = next({ dev, hostname, port });
  await withoutConfigTiming(() => app.prepare());
  const handleWithNext = app.getRequestHandler();
  const runtime = new Runtime(connections().sql, connections().claims);
  const handleRuntime = createRuntimeHandler({ runtime, clientScript: clientScriptLoader(dev) });

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const address = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
    if (await handleRuntime(request, response, address)) return;
    // Overwrites whatever the client sent under this name; see server/http/client-address.ts.
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressHeaderValue(address);
    void handleWithNext(request, response);
  });
  // Many short requests from the same clients (business servers, load balancers): keep connections open.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  // Alert rules are evaluated by every instance; each notification is still sent once (server/alert/evaluate.ts).
  const stopAlerts = startAlertScheduler(getDb);
  server.on("close", () => void stopAlerts());

  if (handleSignals) {
    exitGracefully([
      () => new Promise((resolve) => server.close(resolve)),
      () => stopAlerts(),
      () => flushAllUsage(),
      () => closeConnections(),
    ]);
  }
  return server;
}
