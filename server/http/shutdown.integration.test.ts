import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { openPGlite, postgresAdapter } from "../database/adapters";
import { migrationScripts } from "../database/migrations";
import { PrismaClient } from "../generated/prisma/client";
import { createScratchPostgres, testDatabaseKind } from "../test/database";

/**
 * Usage counts wait in memory for up to half a second. A server stopped with SIGTERM or SIGINT
 * (a deploy, Ctrl-C) must write them before it exits: they are what customers are billed by.
 */
/** A migrated database that a second process can open: a scratch PostgreSQL database or a PGlite folder. */
async function database() {
  if (testDatabaseKind() === "postgres") {
    const scratch = await createScratchPostgres();
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    for (const sql of migrationScripts()) await client.query(sql);
    await client.end();
    return {
      location: scratch.url,
      open: () => new PrismaClient({ adapter: postgresAdapter(scratch.url, { max: 2 }) }),
      drop: () => scratch.drop(),
    };
  }
  const location = path.join(mkdtempSync(path.join(os.tmpdir(), "shutdown-")), "pglite");
  const pglite = openPGlite(location);
  for (const sql of migrationScripts()) await pglite.exec(sql);
  await pglite.close();
  return { location, open: () => new PrismaClient({ adapter: new PrismaPGlite(openPGlite(location)) }), drop: async () => {} };
}

describe("stopping the server", () => {
  it("with SIGTERM or SIGINT, writes the usage counts still in memory before exiting", async () => {
    // One database for both signals: creating an embedded one takes seconds.
    const target = await database();
    let db = target.open();
    const organization = await db.organization.create({ data: { name: "Billed", prefix: "bill01" } });
    const scenario = await db.scenario.create({
      data: {
        sceneId: "bill0001",
        organizationId: organization.id,
        name: "billed",
        integrationMethod: "WEB_H5",
        verificationType: "SLIDER",
      },
    });
    await db.$disconnect();

    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "server/test/usage-on-shutdown-child.ts", target.location, scenario.id, organization.id, "250"],
        {
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      await new Promise<void>((resolve) => child.stdout!.on("data", (data: Buffer) => data.toString().includes("counted") && resolve()));
      child.kill(signal);
      expect(await new Promise<number | null>((resolve) => child.on("exit", resolve)), signal).toBe(0);
    }

    db = target.open();
    const rows = await db.usageCount.findMany({ where: { scenarioId: scenario.id } });
    await db.$disconnect();
    await target.drop();
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(500);
  }, 120_000);
});
