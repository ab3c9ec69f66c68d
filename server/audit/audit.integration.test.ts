import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, failure } from "../test/factories";
import { appRouter } from "../trpc/root";
import { AUDIT_MESSAGES } from "./rules";
import { recordAudit } from "./service";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

/** An organization whose owner creates, modifies and deletes one scenario through the API. */
async function orgWithHistory() {
  const { organization, user: owner } = await createOrgWithMember(test.db);
  const scenarios = callerFor(test.db, owner).scenario;
  const organizationId = organization.id;
  const created = await scenarios.create({
    organizationId,
    name: "login",
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
    ruleStatus: "TEST_MODE",
    testResult: "PASS_VERIFICATION",
  });
  await scenarios.update({
    organizationId,
    sceneId: created.sceneId,
    version: created.version,
    name: "checkout",
    verificationType: "PUZZLE",
    ruleStatus: "TEST_MODE",
    testResult: "FAIL_VERIFICATION",
  });
  await scenarios.delete({ organizationId, sceneId: created.sceneId, confirmSceneId: created.sceneId });
  return { organization, owner, sceneId: created.sceneId, audit: callerFor(test.db, owner).audit };
}

describe("the audit log", () => {
  it("lists the entries of real scenario changes, newest first, with before and after", async () => {
    const { organization, owner, sceneId, audit } = await orgWithHistory();
    const { items, total } = await audit.list({ organizationId: organization.id, sceneId });
    expect(total).toBe(3);
    expect(items.map((entry) => entry.action)).toEqual(["scenario.delete", "scenario.update", "scenario.create"]);
    for (const entry of items) {
      expect(entry).toMatchObject({ actorId: owner.id, actorEmail: owner.email, targetType: "scenario", targetId: sceneId });
    }
    const [deleted, updated, created] = items;
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ name: "login", verificationType: "SLIDER", testResult: "PASS_VERIFICATION" });
    expect(updated.before).toMatchObject({ name: "login", verificationType: "SLIDER" });
    expect(updated.after).toMatchObject({ name: "checkout", verificationType: "PUZZLE", testResult: "FAIL_VERIFICATION" });
    expect(updated.targetLabel).toBe("checkout");
    expect(deleted.before).toMatchObject({ name: "checkout" });
    expect(deleted.after).toBeNull();
    expect(created.createdAt.getTime()).toBeLessThanOrEqual(updated.createdAt.getTime());
    expect(updated.createdAt.getTime()).toBeLessThanOrEqual(deleted.createdAt.getTime());
    // The organization itself is not part of what the log returns.
    expect(Object.keys(created).sort()).toEqual(
      ["action", "actorEmail", "actorId", "after", "before", "createdAt", "id", "targetId", "targetLabel", "targetType"].sort(),
    );
  });

  it("filters by action, actor (id or email) and scenario", async () => {
    const { organization, owner, sceneId, audit } = await orgWithHistory();
    const organizationId = organization.id;
    const admin = await createUser(test.db);
    await test.db.membership.create({ data: { userId: admin.id, organizationId, role: "ADMIN" } });
    const other = await callerFor(test.db, admin).scenario.create({
      organizationId,
      name: "signup",
      integrationMethod: "WEB_H5",
      verificationType: "ONE_CLICK",
    });

    const updates = await audit.list({ organizationId, action: "scenario.update" });
    expect(updates.items.map((entry) => [entry.action, entry.targetId])).toEqual([["scenario.update", sceneId]]);

    const creates = await audit.list({ organizationId, action: "scenario.create" });
    expect(creates.items.map((entry) => entry.targetId)).toEqual([other.sceneId, sceneId]);

    for (const actor of [admin.id, admin.email, admin.email.toUpperCase()]) {
      const byAdmin = await audit.list({ organizationId, actor });
      expect(byAdmin.total, actor).toBe(1);
      expect(byAdmin.items[0]).toMatchObject({ actorId: admin.id, action: "scenario.create", targetId: other.sceneId });
    }
    const byOwner = await audit.list({ organizationId, actor: owner.id });
    expect(byOwner.items.length).toBeGreaterThanOrEqual(3);
    expect(byOwner.items.every((entry) => entry.actorId === owner.id)).toBe(true);
    expect((await audit.list({ organizationId, actor: owner.email })).total).toBe(byOwner.total);

    const ofScenario = await audit.list({ organizationId, sceneId: other.sceneId });
    expect(ofScenario.items.map((entry) => entry.action)).toEqual(["scenario.create"]);
    expect((await audit.list({ organizationId, sceneId, actor: admin.id })).total).toBe(0);
    expect((await audit.list({ organizationId, sceneId: "zzzzzzzz" })).total).toBe(0);

    const actors = await audit.actors({ organizationId });
    expect(actors).toContainEqual({ id: admin.id, email: admin.email });
    expect(actors).toContainEqual({ id: owner.id, email: owner.email });
    expect(actors).toHaveLength(2);
  });

  it("finds a scenario's custom policy entries by its Scenario ID too, and nothing else that shares the id", async () => {
    const { organization, owner, sceneId, audit } = await orgWithHistory();
    const actor = { userId: owner.id, email: owner.email };
    await recordAudit(test.db, {
      organizationId: organization.id,
      actor,
      action: "policy.save",
      target: { type: "policy", id: sceneId, label: "checkout" },
      after: { isCustom: true },
    });
    await recordAudit(test.db, {
      organizationId: organization.id,
      actor,
      action: "member.updateRole",
      target: { type: "member", id: sceneId, label: "someone" },
      after: { role: "ADMIN" },
    });
    const entries = await audit.list({ organizationId: organization.id, sceneId });
    expect(entries.items.map((entry) => entry.action)).toEqual(["policy.save", "scenario.delete", "scenario.update", "scenario.create"]);
  });

  it("keeps an entry's actor after their account is deleted, findable by email", async () => {
    const { organization, audit } = await orgWithHistory();
    const leaver = await createUser(test.db);
    await test.db.membership.create({ data: { userId: leaver.id, organizationId: organization.id, role: "MEMBER" } });
    await callerFor(test.db, leaver).scenario.create({
      organizationId: organization.id,
      name: "gone",
      integrationMethod: "WEB_H5",
      verificationType: "SLIDER",
    });
    await test.db.user.delete({ where: { id: leaver.id } });
    const entries = await audit.list({ organizationId: organization.id, actor: leaver.email });
    expect(entries.items).toHaveLength(1);
    expect(entries.items[0]).toMatchObject({ actorId: null, actorEmail: leaver.email, targetLabel: "gone" });
    expect(await audit.actors({ organizationId: organization.id })).toContainEqual({ id: null, email: leaver.email });
  });

  it("filters by a date range of whole days in the reader's time zone", async () => {
    const { organization, sceneId, audit } = await orgWithHistory();
    const organizationId = organization.id;
    const entries = (await audit.list({ organizationId, sceneId })).items;
    const at = {
      "scenario.create": "2025-03-09T23:30:00.000Z",
      "scenario.update": "2025-03-10T20:00:00.000Z", // 11 March 04:00 in Shanghai
      "scenario.delete": "2025-03-12T00:00:00.000Z",
    } as Record<string, string>;
    for (const entry of entries) {
      await test.db.auditEntry.update({ where: { id: entry.id }, data: { createdAt: new Date(at[entry.action]) } });
    }
    const actions = async (range: { from?: string; to?: string; timeZone?: string }) =>
      (await audit.list({ organizationId, sceneId, ...range })).items.map((entry) => entry.action);

    expect(await actions({ from: "2025-03-10", to: "2025-03-10" })).toEqual(["scenario.update"]);
    expect(await actions({ from: "2025-03-09", to: "2025-03-11" })).toEqual(["scenario.update", "scenario.create"]);
    expect(await actions({ from: "2025-03-12" })).toEqual(["scenario.delete"]);
    expect(await actions({ to: "2025-03-09" })).toEqual(["scenario.create"]);
    expect(await actions({ from: "2025-03-13" })).toEqual([]);
    expect(await actions({ from: "2025-03-11", to: "2025-03-11", timeZone: "Asia/Shanghai" })).toEqual(["scenario.update"]);
    expect(await actions({ from: "2025-03-10", to: "2025-03-10", timeZone: "Asia/Shanghai" })).toEqual(["scenario.create"]);
  });

  it("refuses a From after the To as a field error", async () => {
    const { organization, audit } = await orgWithHistory();
    const error = await failure(audit.list({ organizationId: organization.id, from: "2025-03-02", to: "2025-03-01" }));
    expect(error?.code).toBe("BAD_REQUEST");
    // Over HTTP the error formatter turns these issues into field errors (server/trpc/init.ts).
    expect(error?.cause).toBeInstanceOf(ZodError);
    expect((error?.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["to", AUDIT_MESSAGES.dateRange],
    ]);
    expect((await failure(audit.list({ organizationId: organization.id, pageSize: 51 })))?.code).toBe("BAD_REQUEST");
  });

  it("pages on the server with the total", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const organizationId = organization.id;
    const scenarios = callerFor(test.db, owner).scenario;
    for (let i = 0; i < 7; i++) {
      await scenarios.create({ organizationId, name: `s${i}`, integrationMethod: "WEB_H5", verificationType: "SLIDER" });
    }
    const audit = callerFor(test.db, owner).audit;
    const page = (page: number) => audit.list({ organizationId, action: "scenario.create", page, pageSize: 3 });
    const pages = [await page(1), await page(2), await page(3), await page(4)];
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7, 7]);
    expect(pages.map((p) => p.items.map((entry) => entry.targetLabel))).toEqual([["s6", "s5", "s4"], ["s3", "s2", "s1"], ["s0"], []]);
    expect(pages[1]).toMatchObject({ page: 2, pageSize: 3 });
  });
});

describe("who may read the audit log", () => {
  it("answers FORBIDDEN to members and viewers, and to anyone outside the organization", async () => {
    const { organization } = await orgWithHistory();
    for (const role of ["MEMBER", "VIEWER"] as const) {
      const reader = await createUser(test.db);
      await test.db.membership.create({ data: { userId: reader.id, organizationId: organization.id, role } });
      const audit = callerFor(test.db, reader).audit;
      expect((await failure(audit.list({ organizationId: organization.id })))?.code, role).toBe("FORBIDDEN");
      expect((await failure(audit.actors({ organizationId: organization.id })))?.code, role).toBe("FORBIDDEN");
    }
    const outsider = (await createOrgWithMember(test.db)).user;
    expect((await failure(callerFor(test.db, outsider).audit.list({ organizationId: organization.id })))?.code).toBe("FORBIDDEN");
    expect((await failure(callerFor(test.db, outsider).audit.actors({ organizationId: organization.id })))?.code).toBe("FORBIDDEN");
    expect((await failure(callerFor(test.db).audit.list({ organizationId: organization.id })))?.code).toBe("UNAUTHORIZED");
  });

  it("lets admins read it", async () => {
    const { organization, sceneId } = await orgWithHistory();
    const admin = await createUser(test.db);
    await test.db.membership.create({ data: { userId: admin.id, organizationId: organization.id, role: "ADMIN" } });
    expect((await callerFor(test.db, admin).audit.list({ organizationId: organization.id, sceneId })).total).toBe(3);
  });

  it("never shows another organization's entries, whatever the filters", async () => {
    const mine = await orgWithHistory();
    const theirs = await orgWithHistory();
    const all = await mine.audit.list({ organizationId: mine.organization.id, pageSize: 50 });
    expect(all.items.length).toBeGreaterThan(0);
    const theirIds = new Set(
      (await test.db.auditEntry.findMany({ where: { organizationId: theirs.organization.id }, select: { id: true } })).map((e) => e.id),
    );
    expect(theirIds.size).toBeGreaterThan(0);
    expect(all.items.some((entry) => theirIds.has(entry.id))).toBe(false);
    expect(all.items.some((entry) => entry.actorId === theirs.owner.id)).toBe(false);

    const byTheirScenario = await mine.audit.list({ organizationId: mine.organization.id, sceneId: theirs.sceneId });
    expect(byTheirScenario).toMatchObject({ total: 0, items: [] });
    const byTheirOwner = await mine.audit.list({ organizationId: mine.organization.id, actor: theirs.owner.id });
    expect(byTheirOwner).toMatchObject({ total: 0, items: [] });
    expect(await mine.audit.actors({ organizationId: mine.organization.id })).toEqual([{ id: mine.owner.id, email: mine.owner.email }]);
  });

  it("offers no way to change or delete entries", () => {
    const all = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const procedures = Object.entries(all).filter(([path]) => path.startsWith("audit."));
    expect(procedures.map(([path]) => path).sort()).toEqual(["audit.actors", "audit.list"]);
    for (const [path, procedure] of procedures) expect(procedure._def.type, path).toBe("query");
  });
});
