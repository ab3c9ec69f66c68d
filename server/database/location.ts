import path from "node:path";

/**
 * Where the console keeps its data. Without DATABASE_URL it runs on the embedded PGlite database
 * under DATA_DIR (default ./data); with a postgres:// URL it uses that PostgreSQL server instead.
 * The app, the Prisma CLI (prisma.config.ts) and the scripts all decide through this one function.
 */
export type DatabaseLocation = { kind: "pglite"; directory: string } | { kind: "postgres"; url: string };

export function dataDirectory(): string {
  // The comment keeps Next from tracing the whole project folder into the build for this path.
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR || "data");
}

/** The Prisma CLI insists on a DATABASE_URL; scripts/prisma.mjs passes this one for the embedded database. */
export const EMBEDDED_DATABASE_PLACEHOLDER = "postgresql://embedded-pglite/";

export function databaseLocation(): DatabaseLocation {
  const url = process.env.DATABASE_URL;
  if (!url || url === EMBEDDED_DATABASE_PLACEHOLDER) {
    return { kind: "pglite", directory: path.join(dataDirectory(), "pglite") };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new Error("DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)");
}
