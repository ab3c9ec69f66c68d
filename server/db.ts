import { adapterFor } from "./database/adapters";
import { databaseLocation } from "./database/location";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

// One client per process, kept on globalThis because Next's dev server reloads modules and an
// embedded PGlite data folder may only be opened once. Created on first use, never at import,
// so that `next build` does not open the database.
const holder = globalThis as unknown as { captchaDb?: PrismaClient };

export function getDb(): Db {
  holder.captchaDb ??= new PrismaClient({ adapter: adapterFor(databaseLocation()) });
  return holder.captchaDb;
}
