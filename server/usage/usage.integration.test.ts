import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCall, usageDay } from "../runtime/usage";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember } from "../test/factories";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function scenarioOf(role: "OWNER" | "VIEWER" = "OWNER") {
  const { organization, user, owner } = await createOrgWithMember(test.db, { role });
  const scenario = await callerFor(test.db, owner ?? user).scenario.create({
    organizationId: organization.id,
    name: "usage",
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
  });
  const { id } = await test.db.scenario.findUniqueOrThrow({ where: { sceneId: scenario.sceneId } });
  return { organization, user, scenario, scenarioId: id };
}

describe("usage by day", () => {
  it("sums initializations, verifications, intercepted and successful per day, for any member", async () => {
    const { organization, user, scenario, scenarioId } = await scenarioOf("VIEWER");
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000);
    const call = (kind: "init" | "verify", code: string, at = now) =>
      countCall(test.sql, { scenarioId, organizationId: organization.id, kind, code }, at);
    await Promise.all([
      call("init", "Success"),
      call("init", "Success"),
      call("verify", "T001"),
      call("verify", "F015"),
      call("verify", "T005"),
      call("init", "Success", yesterday),
    ]);

    const week = await callerFor(test.db, user).usage.byDay({ organizationId: organization.id, days: 7 });
    expect(week).toHaveLength(7);
    expect(week[6]).toEqual({
      day: usageDay(now).toISOString().slice(0, 10),
      initializations: 2,
      verifications: 3,
      intercepted: 1,
      successful: 2,
    });
    expect(week[5].initializations).toBe(1);
    const filtered = await callerFor(test.db, user).usage.byDay({ organizationId: organization.id, days: 1, sceneId: scenario.sceneId });
    expect(filtered[0].verifications).toBe(3);
  });

  it("never shows another organization's usage, and refuses its scenarios", async () => {
    const mine = await scenarioOf();
    const theirs = await scenarioOf();
    await countCall(test.sql, { scenarioId: theirs.scenarioId, organizationId: theirs.organization.id, kind: "init", code: "Success" });
    const today = await callerFor(test.db, mine.user).usage.byDay({ organizationId: mine.organization.id, days: 1 });
    expect(today[0].initializations).toBe(0);
    const error = await callerFor(test.db, mine.user)
      .usage.byDay({ organizationId: mine.organization.id, days: 1, sceneId: theirs.scenario.sceneId })
      .catch((e: TRPCError) => e);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });
});
