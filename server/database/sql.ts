import { createHash } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * Plain SQL for the runtime's hot paths, on PostgreSQL and on the embedded PGlite alike: one
 * statement, positional parameters ($1, $2, …), rows back. No ORM in between: the runtime's few
 * statements are written by hand, and on PostgreSQL each becomes a prepared statement the first
 * time a connection runs it (named after a hash of its text), so it is parsed and planned once.
 */
export interface Sql {
  readonly kind: "pglite" | "postgres";
  query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
}

const statementNames = new Map<string, string>();
/** The runtime has a handful of statements, each run thousands of times a second: named once. */
function statementName(text: string) {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `s_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`));
  return name;
}

export function postgresSql(pool: pg.Pool): Sql {
  return {
    kind: "postgres",
    async query<Row>(text: string, values: unknown[] = []) {
      const result = await pool.query({ name: statementName(text), text, values });
      return result.rows as Row[];
    },
  };
}

export function pgliteSql(pglite: PGlite): Sql {
  return {
    kind: "pglite",
    async query<Row>(text: string, values: unknown[] = []) {
      const result = await pglite.query<Row>(text, values);
      return result.rows;
    },
  };
}
