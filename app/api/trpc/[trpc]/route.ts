import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { publicBaseUrl } from "@/server/guide/base-url";
import { clientAddress } from "@/server/http/client-address";
import { appRouter } from "@/server/trpc/root";

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: async () => ({ db: getDb(), session: await getSession(), baseUrl: publicBaseUrl(request.headers), clientAddress: clientAddress(request.headers) }),
    onError({ error, path }) {
      // Internals are logged here and never sent (see the error formatter in server/trpc/init.ts).
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
