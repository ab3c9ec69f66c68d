import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Serves a fetch-style handler (Request → Response, like our route handlers) on 127.0.0.1 with a
 * free port, so real HTTP clients (Alibaba Cloud's SDK, load generators) can call it in tests.
 */
export async function serveFetchHandler(handler: (request: Request) => Promise<Response>) {
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const body = chunks.length && incoming.method !== "GET" ? Buffer.concat(chunks) : undefined;
    const response = await handler(new Request(`http://${incoming.headers.host}${incoming.url}`, { method: incoming.method, headers, body }));
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
