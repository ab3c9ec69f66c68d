import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import type { Sql } from "../database/sql";
import { parseTrustedProxies, resolveClientAddress } from "../http/client-address";
import { createRuntimeHandler } from "../runtime/router";
import { Runtime } from "../runtime/runtime";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * The runtime's HTTP face on a real server on 127.0.0.1, over a test database: what server/main.ts
 * serves, without Next.js. Requests from the test itself act as a trusted proxy: an
 * X-Forwarded-For header names the client address a test wants to stand for.
 */
export async function serveRuntime(sql: Sql, options: { clientScript?: () => Promise<Buffer> } = {}) {
  const runtime = new Runtime(sql);
  const trusted = parseTrustedProxies("127.0.0.1,::1");
  let script: Promise<Buffer> | undefined;
  const clientScript =
    options.clientScript ??
    (() =>
      (script ??= import("../../scripts/build-widget.mjs").then(async ({ buildWidget }) =>
        Buffer.from((await buildWidget({ outfile: null, minify: true })).code),
      )));
  const handle = createRuntimeHandler({ runtime, clientScript });
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const address = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
    if (!(await handle(request, response, address))) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not a runtime path");
    }
  });
  // As in production (server/main.ts): Node's default of 5 s is just past fetch's own 4 s, and on a
  // busy machine a request sent as the server closed its idle connection failed with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    runtime,
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RuntimeServer = Awaited<ReturnType<typeof serveRuntime>>;

/**
 * A test file's fresh database and the runtime serving it: opened before the file's tests (then
 * `onOpen` takes them, and does the file's own setup), closed after them.
 */
export function serveRuntimeForFile(onOpen: (opened: { test: TestDatabase; server: RuntimeServer }) => void | Promise<void>) {
  let opened: { test: TestDatabase; server: RuntimeServer } | undefined;
  beforeAll(async () => {
    const test = await createTestDatabase();
    opened = { test, server: await serveRuntime(test.sql) };
    await onOpen(opened);
  });
  afterAll(async () => {
    await opened?.server.close();
    await opened?.test.close();
  });
}
