import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "../errors";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, failure } from "../test/factories";
import { MAX_ALERT_RULES } from "./rules";

/** Managing alert rules through the console's procedures: who may, what is refused, what is recorded. */
let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

const WEBHOOK = {
  name: "Too many interceptions",
  metric: "INTERCEPTION_RATE",
  window: "LAST_HOUR",
  threshold: 30,
  channel: "WEBHOOK",
  webhookUrl: "https://hooks.example.com/captcha",
  webhookFormat: "DINGTALK",
} as const;

/** The field each problem is reported on, as the error formatter sends it to the form. */
function fieldErrorsOf(error: TRPCError | undefined): Record<string, string[]> {
  const cause = error?.cause;
  if (cause instanceof ZodError) {
    const fields: Record<string, string[]> = {};
    for (const issue of cause.issues) (fields[issue.path.join(".")] ??= []).push(issue.message);
    return fields;
  }
  return cause instanceof DomainError && cause.field ? { [cause.field]: [cause.message] } : {};
}

describe("alert rules", () => {
  it("owners and admins create, change, switch and delete rules; each change is audited", async () => {
    const { organization, user } = await createOrgWithMember(test.db, { role: "ADMIN" });
    const admin = callerFor(test.db, user);
    const organizationId = organization.id;
    const created = await admin.alert.create({ organizationId, ...WEBHOOK });
    expect(created.webhookSecret).toMatch(/^whsec_[\w-]{32}$/);
    expect(created).toMatchObject({ name: WEBHOOK.name, state: "OK", enabled: true, scenario: null });

    // The secret is shown once: never in the list.
    const [listed] = await admin.alert.list({ organizationId });
    expect(listed).not.toHaveProperty("webhookSecret");
    expect(listed).not.toHaveProperty("webhookSecretCiphertext");
    expect(listed.deliveries).toEqual([]);

    const updated = await admin.alert.update({ organizationId, ruleId: created.id, ...WEBHOOK, threshold: 50 });
    expect(updated).toMatchObject({ threshold: 50, webhookSecret: null });
    await admin.alert.setEnabled({ organizationId, ruleId: created.id, enabled: false });
    await admin.alert.delete({ organizationId, ruleId: created.id });
    expect(await admin.alert.list({ organizationId })).toEqual([]);

    const entries = await test.db.auditEntry.findMany({ where: { organizationId, targetType: "alert" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["alert.create", "alert.update", "alert.disable", "alert.delete"]);
    expect(entries[1].before).toMatchObject({ threshold: 30 });
    expect(entries[1].after).toMatchObject({ threshold: 50 });
    expect(JSON.stringify(entries)).not.toContain(created.webhookSecret as string);
  });

  it("members and viewers see the rules but cannot change them", async () => {
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const { organization, user, owner } = await createOrgWithMember(test.db, { role });
      const organizationId = organization.id;
      const rule = await callerFor(test.db, owner).alert.create({ organizationId, ...WEBHOOK });
      const caller = callerFor(test.db, user);
      expect(await caller.alert.list({ organizationId })).toHaveLength(1);
      expect((await failure(caller.alert.create({ organizationId, ...WEBHOOK, name: "Other" })))?.code).toBe("FORBIDDEN");
      expect((await failure(caller.alert.delete({ organizationId, ruleId: rule.id })))?.code).toBe("FORBIDDEN");
      expect((await failure(caller.alert.sendTest({ organizationId, ruleId: rule.id })))?.code).toBe("FORBIDDEN");
      expect((await failure(caller.alert.setEnabled({ organizationId, ruleId: rule.id, enabled: false })))?.code).toBe("FORBIDDEN");
    }
  });

  it("never reaches another organization's rules, scenarios or members", async () => {
    const mine = await createOrgWithMember(test.db);
    const theirs = await createOrgWithMember(test.db);
    const their = callerFor(test.db, theirs.user);
    const rule = await their.alert.create({ organizationId: theirs.organization.id, ...WEBHOOK });
    const scenario = await their.scenario.create({
      organizationId: theirs.organization.id,
      name: "theirs",
      integrationMethod: "WEB_H5",
      verificationType: "SLIDER",
    });
    const me = callerFor(test.db, mine.user);
    const organizationId = mine.organization.id;
    expect(await me.alert.list({ organizationId })).toEqual([]);
    const attempts = [
      () => me.alert.update({ organizationId, ruleId: rule.id, ...WEBHOOK }),
      () => me.alert.delete({ organizationId, ruleId: rule.id }),
      () => me.alert.setEnabled({ organizationId, ruleId: rule.id, enabled: false }),
      () => me.alert.sendTest({ organizationId, ruleId: rule.id }),
    ];
    for (const attempt of attempts) expect((await failure(attempt()))?.code).toBe("NOT_FOUND");
    const foreignScenario = await failure(me.alert.create({ organizationId, ...WEBHOOK, sceneId: scenario.sceneId }));
    expect(foreignScenario?.code).toBe("NOT_FOUND");
    expect(fieldErrorsOf(foreignScenario)).toEqual({ sceneId: ["This scenario does not exist in your organization."] });
    const foreignMember = await failure(
      me.alert.create({ organizationId, ...WEBHOOK, channel: "EMAIL", recipientUserIds: [theirs.user.id] }),
    );
    expect(fieldErrorsOf(foreignMember)).toEqual({ recipientUserIds: ["Choose members of this organization."] });
    expect(await test.db.alertRule.count({ where: { organizationId } })).toBe(0);
    expect(await test.db.alertRule.findUnique({ where: { id: rule.id } })).toMatchObject({ enabled: true });
  });

  it("refuses bad input next to its field and changes nothing", async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const owner = callerFor(test.db, user);
    const organizationId = organization.id;
    const cases = [
      [{ ...WEBHOOK, threshold: 0 }, "threshold"],
      [{ ...WEBHOOK, threshold: 120 }, "threshold"],
      [{ ...WEBHOOK, webhookUrl: "javascript:alert(1)" }, "webhookUrl"],
      [{ ...WEBHOOK, channel: "EMAIL" }, "recipientUserIds"],
      [{ ...WEBHOOK, name: "" }, "name"],
      [{ ...WEBHOOK, metric: "NOPE" }, "metric"],
    ] as const;
    for (const [input, field] of cases) {
      const error = await failure(owner.alert.create({ organizationId, ...(input as unknown as typeof WEBHOOK) }));
      expect(error?.code, field).toBe("BAD_REQUEST");
      expect(Object.keys(fieldErrorsOf(error)), field).toEqual([field]);
    }
    await owner.alert.create({ organizationId, ...WEBHOOK });
    const duplicate = await failure(owner.alert.create({ organizationId, ...WEBHOOK }));
    expect(duplicate?.code).toBe("CONFLICT");
    expect(fieldErrorsOf(duplicate)).toEqual({ name: ["Another alert rule already has this name."] });
    expect(await test.db.alertRule.count({ where: { organizationId } })).toBe(1);
  });

  it(`allows at most ${MAX_ALERT_RULES} rules per organization, also when created at once`, async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const owner = callerFor(test.db, user);
    const organizationId = organization.id;
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ALERT_RULES + 2 }, (_, i) => owner.alert.create({ organizationId, ...WEBHOOK, name: `Rule ${i}` })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_ALERT_RULES);
    const refused = results.filter((result) => result.status === "rejected");
    expect(refused.map((result) => (result as PromiseRejectedResult).reason.message)).toEqual([
      "An organization can have at most 15 alert rules. Delete one to add another.",
      "An organization can have at most 15 alert rules. Delete one to add another.",
    ]);
    expect(await test.db.alertRule.count({ where: { organizationId } })).toBe(MAX_ALERT_RULES);
  });

  it("email rules name members; switching to a webhook creates its secret once", async () => {
    const { organization, user, owner } = await createOrgWithMember(test.db, { role: "MEMBER" });
    if (!owner) throw new Error("a member's organization has an owner");
    const caller = callerFor(test.db, owner);
    const organizationId = organization.id;
    const rule = await caller.alert.create({
      organizationId,
      ...WEBHOOK,
      channel: "EMAIL",
      recipientUserIds: [user.id, owner.id, user.id],
    });
    expect(rule.webhookSecret).toBeNull();
    expect(rule.recipientUserIds.sort()).toEqual([user.id, owner.id].sort());
    const switched = await caller.alert.update({ organizationId, ruleId: rule.id, ...WEBHOOK });
    expect(switched.webhookSecret).toMatch(/^whsec_/);
    expect(switched.recipientUserIds).toEqual([]);
  });
});
