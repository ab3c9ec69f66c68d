import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { resolveResponse, type HTTPErrorHandler } from "@trpc/server/http";
import { CONSOLE_BODY_LIMIT_BYTES, TOO_LARGE_HEADERS, bodyTooLargeMessage, readLimitedBody, withBufferedBody } from "../http/limited-body";
import type { Context } from "./context";
import { appRouter, type AppRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";

const onError: HTTPErrorHandler<AppRouter, Request> = ({ error, path }) => {
  // Internals are logged here and never sent (see the error formatter in server/trpc/init.ts).
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
};

/**
 * The console's tRPC endpoint over HTTP (app/api/trpc and the tests). The body is read with the
 * console's size limit before tRPC parses it; an oversized one is answered 413 PAYLOAD_TOO_LARGE
 * in tRPC's own error format, once per call of a batch, so the client reports it like any error.
 */
export async function handleTrpcRequest(request: Request, createContext: () => Promise<Context>): Promise<Response> {
  const limited = await readLimitedBody(request, CONSOLE_BODY_LIMIT_BYTES);
  if (!limited.ok) return payloadTooLarge(request, createContext);
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req: withBufferedBody(request, limited.body),
    router: appRouter,
    createContext,
    onError,
  });
}

async function payloadTooLarge(request: Request, createContext: () => Promise<Context>): Promise<Response> {
  const url = new URL(request.url);
  const response = await resolveResponse({
    router: appRouter,
    // tRPC fails every call with `error` before reading any input; this request has no body to read.
    req: new Request(url, { method: request.method, headers: { "content-type": "application/json" } }),
    path: url.pathname.slice(TRPC_ENDPOINT.length).replace(/^\/|\/$/g, ""),
    error: new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: bodyTooLargeMessage(CONSOLE_BODY_LIMIT_BYTES) }),
    createContext,
    onError,
  });
  for (const [name, value] of Object.entries(TOO_LARGE_HEADERS)) response.headers.set(name, value);
  return response;
}
