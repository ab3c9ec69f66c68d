import type { PGlite } from "@electric-sql/pglite";
import { defineConfig } from "prisma/config";
import { adapterFor, openPGlite } from "./server/database/adapters";
import { databaseLocation } from "./server/database/location";

/**
 * The Prisma CLI never disposes its adapter, and an open PGlite keeps Node alive, so commands like
 * `migrate deploy` would print their result and hang. This PGlite opens on first use and closes
 * itself 1.5 s after the last call has finished. (The config is evaluated twice: never open eagerly.)
 */
function selfClosingPGlite(directory: string): PGlite {
  let instance: PGlite | undefined;
  let inFlight = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const settle = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    idleTimer = setTimeout(() => {
      const closing = instance;
      instance = undefined;
      void closing?.close();
    }, 1500);
  };
  return new Proxy({} as PGlite, {
    get(_target, property) {
      const db = (instance ??= openPGlite(directory));
      const value = Reflect.get(db, property, db);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        clearTimeout(idleTimer);
        inFlight += 1;
        try {
          const result = value.apply(db, args);
          if (result && typeof result.then === "function") return result.finally(settle);
          settle();
          return result;
        } catch (error) {
          settle();
          throw error;
        }
      };
    },
  });
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const location = databaseLocation();
    return adapterFor(location, location.kind === "pglite" ? selfClosingPGlite(location.directory) : undefined);
  },
});
