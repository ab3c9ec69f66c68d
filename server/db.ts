import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter } from "./database/adapters";
import { connections } from "./database/connections";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

// One client per process, kept on globalThis because Next's dev server reloads modules. On the
// embedded database it shares the process's one PGlite with the runtime (server/database/
// connections.ts). Created on first use, never at import, so that `next build` opens nothing.
const holder = globalThis as unknown as { captchaDb?: PrismaClient };

export function getDb(): Db {
  if (holder.captchaDb) return holder.captchaDb;
  const { location, pglite } = connections();
  const adapter = pglite ? new PrismaPGlite(pglite) : postgresAdapter(location.kind === "postgres" ? location.url : "");
  return (holder.captchaDb = new PrismaClient({ adapter }));
}
