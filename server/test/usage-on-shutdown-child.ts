// A stand-in for the server process in server/http/shutdown.integration.test.ts: it counts calls
// and is stopped with a signal, through the same shutdown path as server/main.ts.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter, openPGlite } from "../database/adapters";
import { PrismaClient } from "../generated/prisma/client";
import { exitGracefully } from "../http/shutdown";
import { countCall, flushAllUsage } from "../runtime/usage";

const [location, scenarioId, organizationId, calls] = process.argv.slice(2);
const db = new PrismaClient({
  adapter: location.startsWith("postgres") ? postgresAdapter(location, { max: 2 }) : new PrismaPGlite(openPGlite(location)),
});
exitGracefully([() => flushAllUsage(), () => db.$disconnect()], { log: () => {} });
await db.$queryRaw`SELECT 1`;
for (let i = 0; i < Number(calls); i++) countCall(db, { scenarioId, organizationId, kind: "verify", code: "T001" });
console.log("counted");
setInterval(() => {}, 1000); // a server keeps running until it is told to stop
