import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresAdapter } from "../database/adapters";
import type { Db } from "../db";
import { PrismaClient } from "../generated/prisma/client";
import { countCall } from "../runtime/usage";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../test/database";
import { callerFor, createOrgWithMember } from "../test/factories";
import { startWebhookReceiver, type WebhookReceiver } from "../test/webhook-receiver";
import { evaluateAlerts } from "./evaluate";

/**
 * Several app instances on one PostgreSQL evaluate the same rules at the same moment: each
 * notification still goes out once. Two Prisma clients with their own connection pools stand for
 * two instances. PostgreSQL only: PGlite is one process's embedded database (one instance).
 */
const onPostgres = testDatabaseKind() === "postgres";
let test: TestDatabase;
let other: Db;
let hook: WebhookReceiver;
beforeAll(async () => {
  if (!onPostgres) return;
  test = await createTestDatabase();
  other = new PrismaClient({ adapter: postgresAdapter(test.url as string, { max: 4 }) });
  hook = await startWebhookReceiver();
  process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE = "true";
});
afterAll(async () => {
  if (!onPostgres) return;
  await hook.close();
  await other.$disconnect();
  await test.close();
});

describe.skipIf(!onPostgres)("alert evaluation on several instances", () => {
  it("sends each notification once when two evaluators race", async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const caller = callerFor(test.db, user);
    const organizationId = organization.id;
    const scenario = await caller.scenario.create({
      organizationId,
      name: "race",
      integrationMethod: "WEB_H5",
      verificationType: "SLIDER",
    });
    const { id: scenarioId } = await test.db.scenario.findUniqueOrThrow({ where: { sceneId: scenario.sceneId } });
    for (let i = 0; i < 5; i++) {
      await caller.alert.create({
        organizationId,
        name: `Rule ${i}`,
        metric: "INITIALIZATIONS",
        window: "LAST_HOUR",
        threshold: 1 + i,
        channel: "WEBHOOK",
        webhookUrl: hook.url,
      });
    }
    const start = new Date("2032-06-01T10:00:00Z");
    for (let i = 0; i < 10; i++) countCall(test.sql, { scenarioId, organizationId, kind: "init", code: "Success" }, start);

    // Fire: both instances evaluate every rule at once, several times over.
    for (let round = 0; round < 3; round++) {
      await Promise.all([evaluateAlerts(test.db, start), evaluateAlerts(other, start)]);
    }
    expect(hook.received).toHaveLength(5);
    expect(new Set(hook.received.map((request) => request.headers["x-captcha-delivery"])).size).toBe(5);

    // Clear: an hour later nothing is counted; again once per rule.
    const later = new Date(start.getTime() + 61 * 60_000);
    for (let round = 0; round < 3; round++) {
      await Promise.all([evaluateAlerts(other, later), evaluateAlerts(test.db, later)]);
    }
    expect(hook.received.map((request) => (request.json as { event: string }).event).sort()).toEqual([
      ...Array(5).fill("alert.firing"),
      ...Array(5).fill("alert.resolved"),
    ]);
    expect(await test.db.alertDelivery.count({ where: { organizationId } })).toBe(10);
  });
});
