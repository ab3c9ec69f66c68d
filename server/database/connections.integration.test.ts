import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKind } from "../test/database";
import { closeConnections, connections } from "./connections";

/** The runtime's two handles (connections.ts): single-use records may commit without waiting for the disk, nothing else may. */
const saved = { DATABASE_URL: process.env.DATABASE_URL };
afterEach(async () => {
  await closeConnections();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

// On PGlite there is one handle for both (nothing to wait for): this runs on PostgreSQL only.
describe("the runtime's connections", () => {
  it.runIf(testDatabaseKind() === "postgres")(
    "on PostgreSQL, only the single-use records commit asynchronously; usage counts and the rest wait for the disk",
    async () => {
      process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
      const { sql, claims } = connections();
      const setting = async (handle: typeof sql) =>
        (await handle.query<{ synchronous_commit: string }>("SHOW synchronous_commit"))[0].synchronous_commit;
      expect(await setting(claims)).toBe("off");
      expect(await setting(sql)).toBe("on");
    },
  );
});
