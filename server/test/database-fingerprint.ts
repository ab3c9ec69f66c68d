import type { Db } from "../db";

/** Per table: "<rows> rows <md5 of the rows' text in a fixed order>". Equal fingerprints: nothing written. */
export type DatabaseFingerprint = Record<string, string>;

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * What every table of the public schema holds (migration bookkeeping aside), in one statement,
 * for tests that require a call to have written nothing. Tables are read from the catalog, so a
 * table added later is covered too.
 */
export async function databaseFingerprint(db: Db): Promise<DatabaseFingerprint> {
  // pg_catalog rather than information_schema: the same answer, many times faster on PGlite.
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname`;
  const perTable = tables.map(
    ({ name }) =>
      `SELECT ${quoteLiteral(name)} AS name, count(*)::int AS rows, ` +
      `md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS hash FROM ${quoteIdentifier(name)} t`,
  );
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(perTable.join(" UNION ALL "));
  return Object.fromEntries(rows.map(({ name, rows: count, hash }) => [name, `${count} rows ${hash}`]));
}
