import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCall, flushUsage, pendingUsage } from "../runtime/usage";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember } from "../test/factories";

/**
 * Usage counts are what customers are billed by: a failed write must keep its counts, be retried,
 * and never stop later counts from being written or readers from reading. The failures here are
 * real database errors (a trigger that refuses the write, terminated connections), not mocks.
 */
let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function scenario() {
  const { organization, user } = await createOrgWithMember(test.db);
  const created = await callerFor(test.db, user).scenario.create({
    organizationId: organization.id,
    name: "billed",
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
  });
  const { id } = await test.db.scenario.findUniqueOrThrow({ where: { sceneId: created.sceneId } });
  return { organization, user, scenarioId: id };
}

/** Makes the database refuse the next `times` usage writes. */
async function refuseUsageWrites(times: number) {
  await test.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_usage ON "UsageCount"`);
  await test.db.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS refused_usage_writes`);
  await test.db.$executeRawUnsafe(`CREATE SEQUENCE refused_usage_writes`);
  await test.db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION refuse_usage() RETURNS trigger AS $$
    BEGIN
      IF nextval('refused_usage_writes') <= ${times} THEN RAISE EXCEPTION 'usage table unavailable (test outage)'; END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql`);
  await test.db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_usage BEFORE INSERT ON "UsageCount" FOR EACH STATEMENT EXECUTE FUNCTION refuse_usage()`,
  );
}

const stored = async (scenarioId: string) =>
  (await test.db.usageCount.findMany({ where: { scenarioId } })).reduce((sum, row) => sum + row.count, 0);

async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("usage counts survive a failed write", () => {
  it("keeps the counts of a failed flush, retries them, and writes every later count too", async () => {
    const { organization, user, scenarioId } = await scenario();
    await refuseUsageWrites(2);
    const call = () => countCall(test.sql, { scenarioId, organizationId: organization.id, kind: "verify", code: "T001" });
    for (let i = 0; i < 40; i++) call();
    await expect(flushUsage(test.sql)).rejects.toThrow(); // PGlite's adapter loses the message; PostgreSQL names the outage
    expect(pendingUsage(test.sql)).toBeGreaterThan(0);

    // A reader is not failed by the writer's trouble: it answers with what is stored.
    const during = await callerFor(test.db, user).usage.byDay({ organizationId: organization.id, days: 1 });
    expect(during[0].verifications).toBe(0);

    for (let i = 0; i < 60; i++) call();
    // Retried with backoff, with no flush asked for: every count arrives exactly once.
    await eventually(async () => (await stored(scenarioId)) === 100);
    expect(pendingUsage(test.sql)).toBe(0);
    const after = await callerFor(test.db, user).usage.byDay({ organizationId: organization.id, days: 1 });
    expect(after[0]).toMatchObject({ verifications: 100, successful: 100 });

    for (let i = 0; i < 5; i++) call();
    await flushUsage(test.sql);
    expect(await stored(scenarioId)).toBe(105);
  });

  it.runIf(process.env.TEST_DATABASE === "postgres")("recovers when the database drops the app's connections during traffic", async () => {
    const { organization, scenarioId } = await scenario();
    const call = () => countCall(test.sql, { scenarioId, organizationId: organization.id, kind: "init", code: "Success" });
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) call();
      // Every other connection of this database is cut, as an outage or a failover would.
      await test.db.$executeRawUnsafe(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      await flushUsage(test.sql).catch(() => {});
    }
    await eventually(async () => (await stored(scenarioId).catch(() => -1)) === 100);
  });
});
