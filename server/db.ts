import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter } from "./database/adapters";
import { connections } from "./database/connections";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/**
 * Every client's transactions wait up to 10 seconds for a connection and may run 15: a burst of
 * changes in one organization queues for the pool and for the organization's row lock (limits
 * such as 15 alert rules are checked under it). Prisma's defaults (2 and 5 seconds) turned such a
 * burst on a busy machine into "Something went wrong" for the requests at the back of the queue.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

// One client per process, kept on globalThis because Next's dev server reloads modules. On the
// embedded database it shares the process's one PGlite with the runtime (server/database/
// connections.ts). Created on first use, never at import, so that `next build` opens nothing.
const holder = globalThis as unknown as { captchaDb?: PrismaClient };

export function getDb(): Db {
  if (holder.captchaDb) return holder.captchaDb;
  const { location, pglite } = connections();
  const adapter = pglite ? new PrismaPGlite(pglite) : postgresAdapter(location.kind === "postgres" ? location.url : "");
  return (holder.captchaDb = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }));
}
