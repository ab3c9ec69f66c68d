import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Serves a fetch-style handler (Request → Response, like our route handlers) on 127.0.0.1 with a
 * free port, so real HTTP clients (Alibaba Cloud's SDK, load generators) can call it in tests.
 *
 * As in Next.js, the request body streams from the socket as the handler reads it (Next hands the
 * incoming message to the Request unread), so a handler that stops reading an oversized body stops
 * the upload too, and a `connection: close` answer closes the socket once it is sent.
 */
export async function serveFetchHandler(handler: (request: Request) => Promise<Response>) {
  const server: Server = createServer(async (incoming, outgoing) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
    let response: Response;
    try {
      const init = { method: incoming.method, headers, body: hasBody ? incoming : undefined, duplex: "half" };
      response = await handler(new Request(`http://${incoming.headers.host}${incoming.url}`, init as unknown as RequestInit));
    } catch (error) {
      console.error("handler failed:", error);
      response = new Response("handler failed", { status: 500 });
    }
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  // As in production (server/main.ts): Node's default of 5 s is just past fetch's own 4 s, and on a
  // busy machine a request sent as the server closed its idle connection failed with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
