import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseLocation } from "./location";

/**
 * @prisma/adapter-pg 6.x cannot read catalog columns of PostgreSQL's `name` type ("Column type
 * 'name' could not be deserialized", prisma/orm#27403, fixed only in Prisma 7). The schema engine
 * reads such columns during `migrate deploy|status`. Reporting them as `text` (OID 25 instead of
 * 19) is exact for our purposes: `name` values are plain strings.
 */
class NameAsTextPool extends pg.Pool {
  // pg's overloads make a precise signature impractical; the shim only touches the result.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (super.query as (...a: any[]) => any)(...args);
    if (!result || typeof result.then !== "function") return result;
    return result.then((res: pg.QueryResult) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
      return res;
    });
  }
}

export function postgresAdapter(url: string, options: { max?: number } = {}) {
  // The adapter owns its pool: disconnecting the client also closes the connections.
  return new PrismaPg(new NameAsTextPool({ connectionString: url, max: options.max ?? 10 }), { disposeExternalPool: true });
}

export function openPGlite(directory: string): PGlite {
  // PGlite does not create missing parent folders.
  mkdirSync(path.dirname(directory), { recursive: true });
  return new PGlite(directory);
}

export function adapterFor(location: DatabaseLocation, pglite?: PGlite) {
  if (location.kind === "postgres") return postgresAdapter(location.url);
  return new PrismaPGlite(pglite ?? openPGlite(location.directory));
}
