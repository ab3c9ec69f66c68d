import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "../db";
import type { Context } from "../trpc/context";
import { appRouter } from "../trpc/root";

/**
 * Calls a procedure the way the browser does, through the handler of the HTTP route, without a
 * session unless `context` gives one (and the request's language): a GET without `body`, else a
 * POST of `body` exactly as given (JSON or not).
 */
export function callOverHttp(db: Db, path: string, body?: string, context: Partial<Context> = {}): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: new Request(
      `http://localhost/api/trpc/${path}`,
      body === undefined ? undefined : { method: "POST", headers: { "content-type": "application/json" }, body },
    ),
    createContext: () => ({ db, session: null, ...context }),
  });
}
