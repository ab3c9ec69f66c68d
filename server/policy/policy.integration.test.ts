import { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db";
import type { Role } from "../permissions";
import { rulePropagationMs } from "../scenario/propagation";
import type { IntegrationMethod } from "../scenario/rules";
import { createScenario, deleteScenario } from "../scenario/service";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, failure } from "../test/factories";
import { CUSTOM_POLICY } from "../test/policy-settings";
import { NOT_A_MEMBER_MESSAGE } from "../trpc/procedures";
import { DEFAULT_POLICY, POLICY_MESSAGES, type PolicySettings } from "./rules";
import { Directory } from "../runtime/directory";
import { settingsInForce, supportsCustomPolicy } from "./rules";
import { getPolicy, restoreDefaultPolicy, savePolicy } from "./service";

/** The policy the runtime applies for a scenario at `now` (through its directory, as in production). */
async function policyInForce(_db: unknown, sceneId: string, now = new Date()) {
  const scenario = await new Directory(test.sql).scenario(sceneId);
  if (!scenario) return null;
  const stored = supportsCustomPolicy(scenario.integrationMethod) ? scenario.policy : null;
  return { organizationId: scenario.organizationId, ...settingsInForce(stored, now) };
}

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

const CUSTOM = CUSTOM_POLICY;

let counter = 0;
async function scenarioIn(
  db: Db,
  organizationId: string,
  owner: { id: string; email: string },
  integrationMethod: IntegrationMethod = "WEB_H5",
) {
  const scenario = await createScenario(db, { userId: owner.id, email: owner.email }, organizationId, {
    name: `scenario_${++counter}`,
    integrationMethod,
    verificationType: "SLIDER",
    ruleStatus: "OFFICIAL_RELEASE",
  });
  return scenario.sceneId;
}

/** An organization with a member of `role`, and one Web/H5 scenario created by its owner. */
async function setup(role: Role = "OWNER", integrationMethod: IntegrationMethod = "WEB_H5") {
  const { organization, user, owner } = await createOrgWithMember(test.db, { role });
  const sceneId = await scenarioIn(test.db, organization.id, owner ?? user, integrationMethod);
  return { organization, user, owner: owner ?? user, sceneId, caller: callerFor(test.db, user), organizationId: organization.id };
}

const storedPolicy = (sceneId: string) => test.db.customPolicy.findFirst({ where: { scenario: { sceneId } } });
const policyAudits = (organizationId: string) =>
  test.db.auditEntry.findMany({ where: { organizationId, targetType: "policy" }, orderBy: { createdAt: "asc" } });

describe("policy.get", () => {
  it.each(["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const)("shows the defaults of a new scenario to a %s", async (role) => {
    const { caller, organizationId, sceneId } = await setup(role);
    const policy = await caller.policy.get({ organizationId, sceneId });
    expect(policy).toMatchObject({ sceneId, policyType: "DEFAULT", settings: DEFAULT_POLICY, version: 0, takesEffectAt: null });
    expect(policy.inForce).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
  });

  it("answers FORBIDDEN to someone who is not a member, and UNAUTHORIZED without a session", async () => {
    const { organizationId, sceneId } = await setup();
    const stranger = await createUser(test.db);
    const error = await failure(callerFor(test.db, stranger).policy.get({ organizationId, sceneId }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe(NOT_A_MEMBER_MESSAGE);
    expect((await failure(callerFor(test.db).policy.get({ organizationId, sceneId })))?.code).toBe("UNAUTHORIZED");
  });

  it("answers NOT_FOUND for another organization's scenario, even a WeChat one", async () => {
    const mine = await setup();
    const theirs = await setup();
    const theirWeChat = await setup("OWNER", "WECHAT_NATIVE_PLUGIN");
    for (const sceneId of [theirs.sceneId, theirWeChat.sceneId, "zzzz9999"]) {
      const error = await failure(mine.caller.policy.get({ organizationId: mine.organizationId, sceneId }));
      expect(error?.code).toBe("NOT_FOUND");
      expect(error?.message).toBe("This scenario does not exist in your organization.");
    }
  });
});

describe("policy.save", () => {
  it.each(["OWNER", "ADMIN", "MEMBER"] as const)("lets a %s save a custom policy, which takes effect after the delay", async (role) => {
    const { caller, organizationId, sceneId } = await setup(role);
    const started = Date.now();
    const saved = await caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    expect(saved).toMatchObject({ policyType: "CUSTOM", settings: CUSTOM, version: 1 });
    expect(saved.inForce.policyType).toBe("DEFAULT");
    expect(saved.takesEffectAt!.getTime()).toBeGreaterThanOrEqual(started + rulePropagationMs());
    expect(await caller.policy.get({ organizationId, sceneId })).toMatchObject({ policyType: "CUSTOM", settings: CUSTOM, version: 1 });
    expect(await storedPolicy(sceneId)).toMatchObject({ isCustom: true, ...CUSTOM, previousSettings: null, version: 1 });
  });

  it("refuses a VIEWER with FORBIDDEN and stores nothing", async () => {
    const { caller, organizationId, sceneId } = await setup("VIEWER");
    const error = await failure(caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(await storedPolicy(sceneId)).toBeNull();
  });

  it("refuses someone who is not a member, and another organization's scenario, storing nothing", async () => {
    const mine = await setup();
    const theirs = await setup();
    const stranger = await createUser(test.db);
    const forbidden = await failure(
      callerFor(test.db, stranger).policy.save({ organizationId: theirs.organizationId, sceneId: theirs.sceneId, version: 0, ...CUSTOM }),
    );
    expect(forbidden?.code).toBe("FORBIDDEN");
    const notFound = await failure(
      mine.caller.policy.save({ organizationId: mine.organizationId, sceneId: theirs.sceneId, version: 0, ...CUSTOM }),
    );
    expect(notFound?.code).toBe("NOT_FOUND");
    expect(await storedPolicy(theirs.sceneId)).toBeNull();
    expect(await policyAudits(mine.organizationId)).toEqual([]);
    expect(await policyAudits(theirs.organizationId)).toEqual([]);
  });

  const BAD_INPUT: [string, Partial<Record<keyof PolicySettings, unknown>>, string, string][] = [
    ["an hourly limit of 0", { ipHourlyLimit: 0 }, "ipHourlyLimit", POLICY_MESSAGES.limitRange],
    ["a daily limit above 999,999,999", { deviceDailyLimit: 1_000_000_000 }, "deviceDailyLimit", POLICY_MESSAGES.limitRange],
    ["a limit that is not a whole number", { deviceHourlyLimit: 2.5 }, "deviceHourlyLimit", POLICY_MESSAGES.limitRange],
    ["a limit that is not a number", { ipDailyLimit: "lots" }, "ipDailyLimit", POLICY_MESSAGES.limitRange],
    ["an IP daily limit below the hourly one", { ipHourlyLimit: 500, ipDailyLimit: 499 }, "ipDailyLimit", POLICY_MESSAGES.dailyBelowHourly],
    [
      "a device daily limit below the hourly one",
      { deviceHourlyLimit: 50, deviceDailyLimit: 49 },
      "deviceDailyLimit",
      POLICY_MESSAGES.dailyBelowHourly,
    ],
    ["a URL string of 256 characters", { urlVerification: "a".repeat(256) }, "urlVerification", POLICY_MESSAGES.urlTooLong],
    ["an unknown mode", { mode: "PARANOID" }, "mode", POLICY_MESSAGES.modeInvalid],
  ];
  it.each(BAD_INPUT)("refuses %s with a field error and stores nothing", async (_, change, field, message) => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    const error = await failure(caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM, ...change } as never));
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.cause).toBeInstanceOf(ZodError);
    const issues = (error?.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([[field, message]]);
    expect(await storedPolicy(sceneId)).toBeNull();
  });

  it("accepts the bounds, an empty URL string as no check, and daily equal to hourly", async () => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    const bounds = {
      ...CUSTOM,
      urlVerification: "  ",
      ipHourlyLimit: 1,
      ipDailyLimit: 1,
      deviceHourlyLimit: 999_999_999,
      deviceDailyLimit: 999_999_999,
    };
    const saved = await caller.policy.save({ organizationId, sceneId, version: 0, ...bounds });
    expect(saved.settings).toEqual({ ...bounds, urlVerification: null });
    const longest = await caller.policy.save({ organizationId, sceneId, version: 1, ...CUSTOM, urlVerification: "u".repeat(255) });
    expect(longest.settings.urlVerification).toHaveLength(255);
  });

  it("refuses a save on top of someone else's change", async () => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    // A version the editor cannot have seen: nothing was ever saved.
    expect((await failure(caller.policy.save({ organizationId, sceneId, version: 1, ...CUSTOM })))?.code).toBe("CONFLICT");
    expect(await storedPolicy(sceneId)).toBeNull();
    await caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    for (const version of [0, 2]) {
      const error = await failure(caller.policy.save({ organizationId, sceneId, version, ...CUSTOM, ipHourlyLimit: 1 }));
      expect(error?.code).toBe("CONFLICT");
      expect(error?.message).toMatch(/changed by someone else/);
      expect(error?.message).toMatch(/Reload/);
    }
    expect(await storedPolicy(sceneId)).toMatchObject({ ipHourlyLimit: CUSTOM.ipHourlyLimit, version: 1 });
  });

  it("lets only one of two first saves through", async () => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    const results = await Promise.allSettled([
      caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM, ipHourlyLimit: 1 }),
      caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM, ipHourlyLimit: 2 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    expect(await test.db.customPolicy.count({ where: { scenario: { sceneId } } })).toBe(1);
    expect(await policyAudits(organizationId)).toHaveLength(1);
  });
});

describe("policy.restoreDefault", () => {
  it("lets a MEMBER return a custom policy to the defaults", async () => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    await caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    const restored = await caller.policy.restoreDefault({ organizationId, sceneId, version: 1 });
    expect(restored).toMatchObject({ policyType: "DEFAULT", settings: DEFAULT_POLICY, version: 2 });
    expect(restored.takesEffectAt).not.toBeNull();
    const listed = await caller.policy.list({ organizationId });
    expect(listed.items.find((item) => item.sceneId === sceneId)?.policyType).toBe("DEFAULT");
  });

  it("refuses a VIEWER with FORBIDDEN and keeps the custom policy", async () => {
    const { caller, organizationId, sceneId, owner } = await setup("VIEWER");
    await callerFor(test.db, owner).policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    expect((await failure(caller.policy.restoreDefault({ organizationId, sceneId, version: 1 })))?.code).toBe("FORBIDDEN");
    expect(await storedPolicy(sceneId)).toMatchObject({ isCustom: true, version: 1 });
  });

  it("refuses someone who is not a member, another organization's scenario and a stale version", async () => {
    const mine = await setup();
    const theirs = await setup();
    await theirs.caller.policy.save({ organizationId: theirs.organizationId, sceneId: theirs.sceneId, version: 0, ...CUSTOM });
    const stranger = await createUser(test.db);
    expect(
      (
        await failure(
          callerFor(test.db, stranger).policy.restoreDefault({
            organizationId: theirs.organizationId,
            sceneId: theirs.sceneId,
            version: 1,
          }),
        )
      )?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await failure(mine.caller.policy.restoreDefault({ organizationId: mine.organizationId, sceneId: theirs.sceneId, version: 1 })))
        ?.code,
    ).toBe("NOT_FOUND");
    const stale = await failure(
      theirs.caller.policy.restoreDefault({ organizationId: theirs.organizationId, sceneId: theirs.sceneId, version: 0 }),
    );
    expect(stale?.code).toBe("CONFLICT");
    expect(await storedPolicy(theirs.sceneId)).toMatchObject({ isCustom: true, version: 1 });
  });

  it("leaves a policy that is already the default alone, without an audit entry", async () => {
    const { caller, organizationId, sceneId } = await setup("MEMBER");
    expect(await caller.policy.restoreDefault({ organizationId, sceneId, version: 0 })).toMatchObject({
      policyType: "DEFAULT",
      version: 0,
    });
    expect(await storedPolicy(sceneId)).toBeNull();
    expect(await policyAudits(organizationId)).toEqual([]);
  });
});

describe("WeChat Mini Program Native Plugin scenarios", () => {
  it("refuse get, save and restoreDefault with PRECONDITION_FAILED, and nothing is stored", async () => {
    const { caller, organizationId, sceneId } = await setup("OWNER", "WECHAT_NATIVE_PLUGIN");
    const attempts = [
      caller.policy.get({ organizationId, sceneId }),
      caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM }),
      caller.policy.restoreDefault({ organizationId, sceneId, version: 0 }),
    ];
    for (const attempt of attempts) {
      const error = await failure(attempt);
      expect(error?.code).toBe("PRECONDITION_FAILED");
      expect(error?.message).toBe("Custom policies are not supported for the WeChat Mini Program Native Plugin integration method.");
    }
    expect(await storedPolicy(sceneId)).toBeNull();
    expect(await test.db.customPolicy.count({ where: { scenario: { organizationId } } })).toBe(0);
    expect(await policyAudits(organizationId)).toEqual([]);
  });

  it("are listed as Default without custom policy, and always run the defaults", async () => {
    const { caller, organizationId, sceneId } = await setup("OWNER", "WECHAT_NATIVE_PLUGIN");
    const { items } = await caller.policy.list({ organizationId });
    expect(items).toEqual([expect.objectContaining({ sceneId, policyType: "DEFAULT", supportsCustomPolicy: false })]);
    // Even a row that got in some other way is ignored by the runtime.
    const scenario = await test.db.scenario.findUniqueOrThrow({ where: { sceneId } });
    await test.db.customPolicy.create({ data: { scenarioId: scenario.id, ...CUSTOM, effectiveAt: new Date(0) } });
    expect(await policyInForce(test.db, sceneId)).toEqual({ organizationId, policyType: "DEFAULT", settings: DEFAULT_POLICY });
  });
});

describe("policy.list", () => {
  it("pages through the organization's scenarios only, newest first, with their policy type", async () => {
    const { caller, organizationId, sceneId: oldest, owner } = await setup("VIEWER");
    const others = [];
    for (let index = 0; index < 11; index++) others.push(await scenarioIn(test.db, organizationId, owner));
    await callerFor(test.db, owner).policy.save({ organizationId, sceneId: oldest, version: 0, ...CUSTOM });
    await setup(); // another organization's scenario

    const first = await caller.policy.list({ organizationId, page: 1, pageSize: 5 });
    expect(first.total).toBe(12);
    expect(first.items.map((item) => item.sceneId)).toEqual(others.toReversed().slice(0, 5));
    const last = await caller.policy.list({ organizationId, page: 3, pageSize: 5 });
    expect(last.items.map((item) => item.sceneId)).toEqual([others[0], oldest]);
    expect(last.items[1]).toMatchObject({ policyType: "CUSTOM", supportsCustomPolicy: true, version: 1 });
    expect(last.items[1].takesEffectAt).toBeInstanceOf(Date);
    expect(last.items[0]).toMatchObject({ policyType: "DEFAULT", version: 0, takesEffectAt: null });

    const found = await caller.policy.list({ organizationId, search: oldest.slice(0, 6) });
    expect(found.items.map((item) => item.sceneId)).toEqual([oldest]);
  });

  it("answers FORBIDDEN to someone who is not a member and BAD_REQUEST to a silly page size", async () => {
    const { organizationId, caller } = await setup();
    const stranger = await createUser(test.db);
    expect((await failure(callerFor(test.db, stranger).policy.list({ organizationId })))?.code).toBe("FORBIDDEN");
    expect((await failure(caller.policy.list({ organizationId, pageSize: 10_000 })))?.code).toBe("BAD_REQUEST");
  });
});

describe("audit entries", () => {
  it("record every save and restore with before and after, by whom", async () => {
    const { caller, organizationId, sceneId, user } = await setup("MEMBER");
    await caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    await caller.policy.save({ organizationId, sceneId, version: 1, ...CUSTOM, mode: "BASIC" });
    await caller.policy.restoreDefault({ organizationId, sceneId, version: 2 });

    const entries = await policyAudits(organizationId);
    expect(entries.map((entry) => entry.action)).toEqual(["policy.save", "policy.save", "policy.restoreDefault"]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actorId: user.id, actorEmail: user.email, targetType: "policy", targetId: sceneId });
    }
    const [first, second, restore] = entries;
    expect(first.before).toEqual({ isCustom: false, ...DEFAULT_POLICY });
    expect(first.after).toMatchObject({ isCustom: true, ...CUSTOM, effectiveAt: expect.any(String) });
    expect(second.before).toEqual({ isCustom: true, ...CUSTOM });
    expect(second.after).toMatchObject({ isCustom: true, ...CUSTOM, mode: "BASIC" });
    expect(restore.before).toEqual({ isCustom: true, ...CUSTOM, mode: "BASIC" });
    expect(restore.after).toMatchObject({ isCustom: false, ...DEFAULT_POLICY });
  });
});

describe("the policy in force", () => {
  it("keeps the previous settings until each change's delay has passed", async () => {
    const { organizationId, sceneId, user } = await setup();
    const actor = { userId: user.id, email: user.email };
    const delay = rulePropagationMs();
    const t0 = new Date("2030-01-01T10:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);

    expect(await policyInForce(test.db, sceneId, t0)).toEqual({ organizationId, policyType: "DEFAULT", settings: DEFAULT_POLICY });

    const first = await savePolicy(test.db, actor, organizationId, { sceneId, version: 0, ...CUSTOM }, t0);
    expect(first.takesEffectAt).toEqual(at(delay));
    expect((await policyInForce(test.db, sceneId, at(delay - 1)))?.policyType).toBe("DEFAULT");
    expect(await policyInForce(test.db, sceneId, at(delay))).toEqual({ organizationId, policyType: "CUSTOM", settings: CUSTOM });

    // A second change made before the first took effect: the defaults stay until the new deadline.
    const quick = at(delay / 2);
    const second = { ...CUSTOM, ipHourlyLimit: 7 };
    await savePolicy(test.db, actor, organizationId, { sceneId, version: 1, ...second }, quick);
    expect((await policyInForce(test.db, sceneId, at(delay)))?.policyType).toBe("DEFAULT");
    expect((await policyInForce(test.db, sceneId, at(delay / 2 + delay)))?.settings).toEqual(second);

    // A change once the custom policy is in force keeps it until the change takes effect.
    const later = at(10 * delay);
    const third = { ...CUSTOM, ipHourlyLimit: 9 };
    await savePolicy(test.db, actor, organizationId, { sceneId, version: 2, ...third }, later);
    expect((await policyInForce(test.db, sceneId, new Date(later.getTime() + delay - 1)))?.settings).toEqual(second);
    expect((await policyInForce(test.db, sceneId, new Date(later.getTime() + delay)))?.settings).toEqual(third);

    // Restore Default too: the custom policy applies until the defaults take effect.
    const restoreAt = at(20 * delay);
    const restored = await restoreDefaultPolicy(test.db, actor, organizationId, { sceneId, version: 3 }, restoreAt);
    expect(restored.policyType).toBe("DEFAULT");
    expect(restored.inForce).toEqual({ policyType: "CUSTOM", settings: third });
    expect(await policyInForce(test.db, sceneId, new Date(restoreAt.getTime() + delay - 1))).toEqual({
      organizationId,
      policyType: "CUSTOM",
      settings: third,
    });
    expect(await policyInForce(test.db, sceneId, new Date(restoreAt.getTime() + delay))).toEqual({
      organizationId,
      policyType: "DEFAULT",
      settings: DEFAULT_POLICY,
    });
    const page = await getPolicy(test.db, organizationId, sceneId, new Date(restoreAt.getTime() + delay));
    expect(page).toMatchObject({ policyType: "DEFAULT", takesEffectAt: null, inForce: { policyType: "DEFAULT" } });
  });

  it("is null for a scenario that does not exist", async () => {
    expect(await policyInForce(test.db, "nope0000")).toBeNull();
  });
});

describe("deleting a scenario", () => {
  it("deletes its custom policy with it", async () => {
    const { caller, organizationId, sceneId, user } = await setup();
    await caller.policy.save({ organizationId, sceneId, version: 0, ...CUSTOM });
    expect(await storedPolicy(sceneId)).not.toBeNull();
    await deleteScenario(test.db, { userId: user.id, email: user.email }, organizationId, { sceneId, confirmSceneId: sceneId });
    expect(await storedPolicy(sceneId)).toBeNull();
    expect(await test.db.customPolicy.count({ where: { scenario: { organizationId } } })).toBe(0);
    expect((await failure(caller.policy.get({ organizationId, sceneId })))?.code).toBe("NOT_FOUND");
  });
});
