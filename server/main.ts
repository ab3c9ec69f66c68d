import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressHeaderValue, parseTrustedProxies, resolveClientAddress } from "./http/client-address";
import { exitGracefully } from "./http/shutdown";
import { flushAllUsage } from "./runtime/usage";

/**
 * The server process behind `npm start` (and `npm run dev`, and the end-to-end tests): one Node
 * HTTP server in front of Next.js. It owns what only the process can know or do — the client's
 * address from the socket, and a clean stop that saves usage counts — and hands each request on.
 */
export interface ServerOptions {
  port: number;
  hostname?: string;
  dev?: boolean;
  /** Install SIGTERM/SIGINT handlers (off in tests that start several servers in one process). */
  handleSignals?: boolean;
}

export async function startServer({ port, hostname, dev = false, handleSignals = true }: ServerOptions): Promise<Server> {
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const app = next({ dev, hostname, port });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Overwrites whatever the client sent under this name; see server/http/client-address.ts.
    const address = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressHeaderValue(address);
    void handleWithNext(request, response);
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  if (handleSignals) {
    exitGracefully([
      () => new Promise((resolve) => server.close(resolve)),
      () => flushAllUsage(),
    ]);
  }
  return server;
}
