// A stand-in for the server process in server/http/shutdown.integration.test.ts: it counts calls
// and is stopped with a signal, through the same shutdown path as server/main.ts.
import pg from "pg";
import { openPGlite } from "../database/adapters";
import { pgliteSql, postgresSql } from "../database/sql";
import { exitGracefully } from "../http/shutdown";
import { countCall, flushAllUsage } from "../runtime/usage";

const [location, scenarioId, organizationId, calls] = process.argv.slice(2);
const pool = location.startsWith("postgres") ? new pg.Pool({ connectionString: location, max: 2 }) : undefined;
const pglite = pool ? undefined : openPGlite(location);
const sql = pool ? postgresSql(pool) : pgliteSql(pglite!);
exitGracefully([() => flushAllUsage(), async () => (pool ? pool.end() : pglite!.close())], { log: () => {} });
await sql.query("SELECT 1");
for (let i = 0; i < Number(calls); i++) countCall(sql, { scenarioId, organizationId, kind: "verify", code: "T001" });
console.log("counted");
setInterval(() => {}, 1000); // a server keeps running until it is told to stop
