import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { randomLowercaseId } from "../organization/prefix";
import type { Role } from "../permissions";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, failure } from "../test/factories";
import { NOT_A_MEMBER_MESSAGE } from "../trpc/procedures";
import {
  MESSAGES,
  SCENE_ID_PATTERN,
  updateScenarioInput,
  type AdditionalChallenge,
  type IntegrationMethod,
  type RuleStatus,
  type VerificationType,
} from "./rules";
import { Directory, scenarioInForce } from "../runtime/directory";
import { createScenario, getScenario, updateScenario } from "./service";

/** The rule the runtime applies for a scenario at `now` (through its directory, as in production). */
async function scenarioRuleInForce(_db: unknown, sceneId: string, now = new Date()) {
  const scenario = await new Directory(test.sql).scenario(sceneId);
  if (!scenario) return null;
  const { ruleStatus, testResult } = scenarioInForce(scenario, now);
  return { organizationId: scenario.organizationId, ruleStatus, testResult };
}

// The real generator, wrapped so that one test can make it repeat an existing Scene ID.
vi.mock("../organization/prefix", async (importOriginal) => {
  const real = await importOriginal<typeof import("../organization/prefix")>();
  return { ...real, randomLowercaseId: vi.fn(real.randomLowercaseId) };
});

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The field errors of a refused input, as [field, message] pairs. */
const zodIssues = (error: TRPCError | undefined) => {
  expect(error?.cause).toBeInstanceOf(ZodError);
  return (error?.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]);
};

let counter = 0;
const uniqueName = (label = "scene") => `${label}_${++counter}`;

const SLIDER = { integrationMethod: "WEB_H5", verificationType: "SLIDER", ruleStatus: "OFFICIAL_RELEASE" } as const;

type User = { id: string; email: string };
const actor = (user: User) => ({ userId: user.id, email: user.email });

/** An organization with a member of `role` (and its owner), and callers for both. */
async function setup(role: Role = "OWNER") {
  const { organization, user, owner } = await createOrgWithMember(test.db, { role });
  const ownerUser: User = owner ?? user;
  return {
    organizationId: organization.id,
    user: user as User,
    owner: ownerUser,
    caller: callerFor(test.db, user),
    ownerCaller: callerFor(test.db, ownerUser),
  };
}
type Setup = Awaited<ReturnType<typeof setup>>;

/** A scenario created by the organization's owner through the API. */
function scenarioIn(org: Setup, changes: Record<string, unknown> = {}) {
  return org.ownerCaller.scenario.create({ organizationId: org.organizationId, name: uniqueName(), ...SLIDER, ...changes } as never);
}

/** The fields a Modify form sends back, from what `get` returned. */
function editable(scenario: Awaited<ReturnType<typeof scenarioIn>>) {
  return {
    sceneId: scenario.sceneId,
    version: scenario.version,
    name: scenario.name,
    verificationType: scenario.verificationType,
    // Stored in a VerificationType column; the rules only ever write an AdditionalChallenge there.
    additionalChallenge: scenario.additionalChallenge as AdditionalChallenge | null,
    ruleStatus: scenario.ruleStatus,
    testResult: scenario.testResult,
  };
}

const storedRow = (sceneId: string) => test.db.scenario.findUnique({ where: { sceneId } });
const scenarioAudits = (organizationId: string, action?: string) =>
  test.db.auditEntry.findMany({
    where: { organizationId, targetType: "scenario", action },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
/** Expects the one scenario audit entry of `action` in the organization: by the org's user, and matching `expected`. */
async function expectOnlyAudit(org: { organizationId: string; user: { id: string; email: string } }, action: string, expected: object) {
  const [entry, ...more] = await scenarioAudits(org.organizationId, action);
  expect(more).toHaveLength(0);
  expect(entry).toMatchObject({ actorId: org.user.id, actorEmail: org.user.email, action, targetType: "scenario", ...expected });
}
/** Rows written for an organization: scenarios and their audit entries. */
async function written(organizationId: string) {
  const [scenarios, audits] = await Promise.all([
    test.db.scenario.count({ where: { organizationId } }),
    test.db.auditEntry.count({ where: { organizationId, targetType: "scenario" } }),
  ]);
  return { scenarios, audits };
}

describe("scenario.create", () => {
  it.each(["OWNER", "ADMIN", "MEMBER"] as const)("lets a %s create a scenario, with a new Scene ID and an audit entry", async (role) => {
    const org = await setup(role);
    const created = await org.caller.scenario.create({
      organizationId: org.organizationId,
      name: "登录场景_1",
      integrationMethod: "WEBVIEW_H5",
      verificationType: "PUZZLE",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_VERIFICATION",
    });
    expect(created).toMatchObject({
      name: "登录场景_1",
      integrationMethod: "WEBVIEW_H5",
      verificationType: "PUZZLE",
      additionalChallenge: null,
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_VERIFICATION",
      pendingFromTestResult: null,
      ruleEffectiveAt: null,
      ruleTakesEffectAt: null,
      version: 1,
    });
    expect(created.sceneId).toMatch(/^[a-z0-9]{8}$/);
    expect(created).not.toHaveProperty("id");
    expect(created).not.toHaveProperty("organizationId");

    const row = await storedRow(created.sceneId);
    expect(row).toMatchObject({ organizationId: org.organizationId, name: "登录场景_1", verificationType: "PUZZLE", version: 1 });

    expect(await scenarioAudits(org.organizationId)).toHaveLength(1);
    await expectOnlyAudit(org, "scenario.create", {
      targetId: created.sceneId,
      targetLabel: "登录场景_1",
      before: null,
      after: {
        name: "登录场景_1",
        sceneId: created.sceneId,
        integrationMethod: "WEBVIEW_H5",
        verificationType: "PUZZLE",
        additionalChallenge: null,
        ruleStatus: "TEST_MODE",
        testResult: "FAIL_VERIFICATION",
        ruleEffectiveAt: null,
      },
    });
  });

  it("stores Invisible CAPTCHA with its additional challenge, and a trimmed name", async () => {
    const org = await setup();
    const created = await org.caller.scenario.create({
      organizationId: org.organizationId,
      name: "  invisible_login  ",
      integrationMethod: "WECHAT_NATIVE_PLUGIN",
      verificationType: "INVISIBLE",
      additionalChallenge: "SLIDER",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_INVISIBLE_PASS_CHALLENGE",
    });
    expect(await storedRow(created.sceneId)).toMatchObject({
      name: "invisible_login",
      integrationMethod: "WECHAT_NATIVE_PLUGIN",
      verificationType: "INVISIBLE",
      additionalChallenge: "SLIDER",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_INVISIBLE_PASS_CHALLENGE",
    });
  });

  it("defaults the rule status to Official Release", async () => {
    const org = await setup();
    const created = await org.caller.scenario.create({
      organizationId: org.organizationId,
      name: uniqueName(),
      integrationMethod: "WEB_H5",
      verificationType: "ONE_CLICK",
    });
    expect((await storedRow(created.sceneId))?.ruleStatus).toBe("OFFICIAL_RELEASE");
  });

  it("answers FORBIDDEN to a VIEWER and writes nothing", async () => {
    const org = await setup("VIEWER");
    const error = await failure(org.caller.scenario.create({ organizationId: org.organizationId, name: uniqueName(), ...SLIDER }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(await written(org.organizationId)).toEqual({ scenarios: 0, audits: 0 });
  });

  it("answers FORBIDDEN to someone who is not a member, and UNAUTHORIZED without a session", async () => {
    const org = await setup();
    const stranger = await createUser(test.db);
    const input = { organizationId: org.organizationId, name: uniqueName(), ...SLIDER };
    const error = await failure(callerFor(test.db, stranger).scenario.create(input));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe(NOT_A_MEMBER_MESSAGE);
    expect((await failure(callerFor(test.db).scenario.create(input)))?.code).toBe("UNAUTHORIZED");
    expect(await written(org.organizationId)).toEqual({ scenarios: 0, audits: 0 });
  });

  it.each([
    ["a name with a space", { name: "login scene" }, ["name", MESSAGES.nameCharacters]],
    ["a name with a hyphen", { name: "login-scene" }, ["name", MESSAGES.nameCharacters]],
    ["an empty name", { name: "" }, ["name", MESSAGES.nameRequired]],
    ["a 33-character name", { name: "登".repeat(33) }, ["name", MESSAGES.nameTooLong]],
    [
      "Invisible without additional challenge",
      { verificationType: "INVISIBLE" },
      ["additionalChallenge", MESSAGES.additionalChallengeRequired],
    ],
    [
      "an additional challenge on Slider",
      { additionalChallenge: "PUZZLE" },
      ["additionalChallenge", MESSAGES.additionalChallengeNotAllowed],
    ],
    ["Test Mode without test result", { ruleStatus: "TEST_MODE" }, ["testResult", MESSAGES.testResultRequired]],
    ["a test result in Official Release", { testResult: "PASS_VERIFICATION" }, ["testResult", MESSAGES.testResultNotAllowed]],
    [
      "a test result not offered for the type",
      { ruleStatus: "TEST_MODE", testResult: "PASS_INVISIBLE" },
      ["testResult", MESSAGES.testResultNotOffered],
    ],
    ["an unknown integration method", { integrationMethod: "APP" }, ["integrationMethod", "Choose an integration method."]],
    ["an unknown verification type", { verificationType: "CAPTCHA" }, ["verificationType", "Choose a verification type."]],
  ])("refuses %s with BAD_REQUEST and writes nothing", async (_, changes, issue) => {
    const org = await setup();
    const error = await failure(scenarioIn(org, changes));
    expect(error?.code).toBe("BAD_REQUEST");
    expect(zodIssues(error)).toContainEqual(issue);
    expect(await written(org.organizationId)).toEqual({ scenarios: 0, audits: 0 });
  });

  it("answers CONFLICT for a name already used in the organization, but allows it in another one", async () => {
    const org = await setup();
    await scenarioIn(org, { name: "login" });
    const error = await failure(scenarioIn(org, { name: "login" }));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).toBe(MESSAGES.nameTaken);
    expect(await written(org.organizationId)).toEqual({ scenarios: 1, audits: 1 });

    const other = await setup();
    const theirs = await scenarioIn(other, { name: "login" });
    expect(theirs.name).toBe("login");
  });

  it("lets only one of two simultaneous creations with the same name succeed", async () => {
    const org = await setup();
    const name = uniqueName("race");
    const results = await Promise.allSettled([scenarioIn(org, { name }), scenarioIn(org, { name })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as TRPCError).code).toBe("CONFLICT");
    expect((rejected.reason as TRPCError).message).toBe(MESSAGES.nameTaken);
    expect(await written(org.organizationId)).toEqual({ scenarios: 1, audits: 1 });
  });

  it("gives every scenario its own Scene ID of 8 lowercase letters and digits", async () => {
    const a = await setup();
    const b = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await scenarioIn(i % 2 ? a : b)).sceneId);
    for (const id of ids) expect(id).toMatch(SCENE_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draws another Scene ID when the random one is already taken", async () => {
    const org = await setup();
    const existing = await scenarioIn(org);
    const generator = vi.mocked(randomLowercaseId);
    generator.mockClear();
    generator.mockReturnValueOnce(existing.sceneId);
    const created = await scenarioIn(org);
    expect(generator).toHaveBeenCalledTimes(2);
    expect(created.sceneId).not.toBe(existing.sceneId);
    expect(created.sceneId).toMatch(SCENE_ID_PATTERN);
    expect((await storedRow(existing.sceneId))?.name).toBe(existing.name);
  });
});

describe("scenario.get", () => {
  it.each(["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const)("shows a scenario to a %s", async (role) => {
    const org = await setup(role);
    const created = await scenarioIn(org, { name: "checkout", verificationType: "INVISIBLE", additionalChallenge: "IMAGE_RESTORATION" });
    const shown = await org.caller.scenario.get({ organizationId: org.organizationId, sceneId: created.sceneId });
    expect(shown).toEqual(created);
    expect(shown).toMatchObject({ name: "checkout", verificationType: "INVISIBLE", additionalChallenge: "IMAGE_RESTORATION" });
  });

  it("answers NOT_FOUND for another organization's scenario and for an unknown Scene ID", async () => {
    const mine = await setup();
    const theirs = await setup();
    const theirScenario = await scenarioIn(theirs);
    for (const sceneId of [theirScenario.sceneId, "zzzz9999"]) {
      const error = await failure(mine.caller.scenario.get({ organizationId: mine.organizationId, sceneId }));
      expect(error?.code).toBe("NOT_FOUND");
      expect(error?.message).toBe(MESSAGES.notFound);
    }
  });

  it("answers BAD_REQUEST for a malformed Scene ID, FORBIDDEN to a non-member", async () => {
    const org = await setup();
    const created = await scenarioIn(org);
    expect((await failure(org.caller.scenario.get({ organizationId: org.organizationId, sceneId: "NOT-AN-ID" })))?.code).toBe(
      "BAD_REQUEST",
    );
    const stranger = callerFor(test.db, await createUser(test.db));
    expect((await failure(stranger.scenario.get({ organizationId: org.organizationId, sceneId: created.sceneId })))?.code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("scenario.update", () => {
  it.each(["OWNER", "ADMIN", "MEMBER"] as const)("lets a %s modify name, type and rule status, with an audit entry", async (role) => {
    const org = await setup(role);
    const created = await scenarioIn(org, { name: "before_edit" });
    const updated = await org.caller.scenario.update({
      organizationId: org.organizationId,
      ...editable(created),
      name: "after_edit",
      verificationType: "INVISIBLE",
      additionalChallenge: "ONE_CLICK",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_INVISIBLE_AND_CHALLENGE",
    });
    expect(updated).toMatchObject({
      sceneId: created.sceneId,
      name: "after_edit",
      integrationMethod: "WEB_H5",
      verificationType: "INVISIBLE",
      additionalChallenge: "ONE_CLICK",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_INVISIBLE_AND_CHALLENGE",
      ruleTakesEffectAt: null,
      version: 2,
    });
    expect(await storedRow(created.sceneId)).toMatchObject({ name: "after_edit", verificationType: "INVISIBLE", version: 2 });

    await expectOnlyAudit(org, "scenario.update", {
      targetId: created.sceneId,
      targetLabel: "after_edit",
      before: {
        name: "before_edit",
        sceneId: created.sceneId,
        integrationMethod: "WEB_H5",
        verificationType: "SLIDER",
        additionalChallenge: null,
        ruleStatus: "OFFICIAL_RELEASE",
        testResult: null,
        ruleEffectiveAt: null,
      },
      after: {
        name: "after_edit",
        sceneId: created.sceneId,
        integrationMethod: "WEB_H5",
        verificationType: "INVISIBLE",
        additionalChallenge: "ONE_CLICK",
        ruleStatus: "TEST_MODE",
        testResult: "FAIL_INVISIBLE_AND_CHALLENGE",
        ruleEffectiveAt: null,
      },
    });
  });

  it("answers FORBIDDEN to a VIEWER and to a non-member, and changes nothing", async () => {
    const org = await setup("VIEWER");
    const created = await scenarioIn(org);
    const input = { organizationId: org.organizationId, ...editable(created), name: "renamed" };
    expect((await failure(org.caller.scenario.update(input)))?.code).toBe("FORBIDDEN");
    const stranger = callerFor(test.db, await createUser(test.db));
    expect((await failure(stranger.scenario.update(input)))?.code).toBe("FORBIDDEN");
    expect(await storedRow(created.sceneId)).toMatchObject({ name: created.name, version: 1 });
    expect(await scenarioAudits(org.organizationId, "scenario.update")).toHaveLength(0);
  });

  it("answers NOT_FOUND for another organization's scenario, and leaves it alone", async () => {
    const mine = await setup();
    const theirs = await setup();
    const theirScenario = await scenarioIn(theirs);
    const error = await failure(
      mine.caller.scenario.update({ organizationId: mine.organizationId, ...editable(theirScenario), name: "hijacked" }),
    );
    expect(error?.code).toBe("NOT_FOUND");
    expect(await storedRow(theirScenario.sceneId)).toMatchObject({ name: theirScenario.name, version: 1 });
  });

  it("refuses a save on top of someone else's change: CONFLICT asking to reload", async () => {
    const org = await setup("MEMBER");
    const created = await scenarioIn(org);
    const loadedByMember = await org.caller.scenario.get({ organizationId: org.organizationId, sceneId: created.sceneId });
    const loadedByOwner = await org.ownerCaller.scenario.get({ organizationId: org.organizationId, sceneId: created.sceneId });

    await org.ownerCaller.scenario.update({ organizationId: org.organizationId, ...editable(loadedByOwner), name: "owner_was_first" });
    const error = await failure(
      org.caller.scenario.update({ organizationId: org.organizationId, ...editable(loadedByMember), name: "member_was_second" }),
    );
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).toContain("changed by someone else");
    expect(error?.message).toContain("Reload");
    expect(await storedRow(created.sceneId)).toMatchObject({ name: "owner_was_first", version: 2 });
    expect(await scenarioAudits(org.organizationId, "scenario.update")).toHaveLength(1);
  });

  it("lets only one of two simultaneous saves from the same version through", async () => {
    const org = await setup();
    const created = await scenarioIn(org);
    const results = await Promise.allSettled(
      ["first_save", "second_save"].map((name) =>
        org.caller.scenario.update({ organizationId: org.organizationId, ...editable(created), name }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = (results.find((result) => result.status === "fulfilled") as PromiseFulfilledResult<{ name: string }>).value;
    const loser = (results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason as TRPCError;
    expect(loser.code).toBe("CONFLICT");
    expect(loser.message).toBe(MESSAGES.changedElsewhere);
    expect(await storedRow(created.sceneId)).toMatchObject({ name: winner.name, version: 2 });
    expect(await scenarioAudits(org.organizationId, "scenario.update")).toHaveLength(1);
  });

  it("refuses a change of integration method with BAD_REQUEST, and accepts the unchanged one", async () => {
    const org = await setup();
    const created = await scenarioIn(org, { integrationMethod: "WEB_H5" });
    const error = await failure(
      org.caller.scenario.update({
        organizationId: org.organizationId,
        ...editable(created),
        integrationMethod: "WECHAT_NATIVE_PLUGIN",
        name: "moved",
      }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.message).toBe(MESSAGES.integrationMethodLocked);
    expect(await storedRow(created.sceneId)).toMatchObject({ integrationMethod: "WEB_H5", name: created.name, version: 1 });

    const same = await org.caller.scenario.update({
      organizationId: org.organizationId,
      ...editable(created),
      integrationMethod: "WEB_H5",
      name: "kept",
    });
    expect(same).toMatchObject({ integrationMethod: "WEB_H5", name: "kept", version: 2 });
  });

  it.each([
    ["a name with a dot", { name: "v1.0" }, ["name", MESSAGES.nameCharacters]],
    [
      "Invisible without additional challenge",
      { verificationType: "INVISIBLE" },
      ["additionalChallenge", MESSAGES.additionalChallengeRequired],
    ],
    ["Test Mode without test result", { ruleStatus: "TEST_MODE", testResult: null }, ["testResult", MESSAGES.testResultRequired]],
    ["a test result in Official Release", { testResult: "FAIL_VERIFICATION" }, ["testResult", MESSAGES.testResultNotAllowed]],
    ["a version of 0", { version: 0 }, ["version", expect.any(String)]],
  ])("refuses %s with BAD_REQUEST and changes nothing", async (_, changes, issue) => {
    const org = await setup();
    const created = await scenarioIn(org);
    const error = await failure(
      org.caller.scenario.update({ organizationId: org.organizationId, ...editable(created), ...changes } as never),
    );
    expect(error?.code).toBe("BAD_REQUEST");
    expect(zodIssues(error)).toContainEqual(issue);
    expect(await storedRow(created.sceneId)).toMatchObject({
      name: created.name,
      verificationType: "SLIDER",
      ruleStatus: "OFFICIAL_RELEASE",
      version: 1,
    });
    expect(await written(org.organizationId)).toEqual({ scenarios: 1, audits: 1 });
  });

  it("answers CONFLICT for a rename onto another scenario's name, and allows keeping its own", async () => {
    const org = await setup();
    await scenarioIn(org, { name: "taken" });
    const created = await scenarioIn(org, { name: "mine" });
    const error = await failure(org.caller.scenario.update({ organizationId: org.organizationId, ...editable(created), name: "taken" }));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).toBe(MESSAGES.nameTaken);
    expect(await storedRow(created.sceneId)).toMatchObject({ name: "mine", version: 1 });

    const kept = await org.caller.scenario.update({ organizationId: org.organizationId, ...editable(created), verificationType: "PUZZLE" });
    expect(kept).toMatchObject({ name: "mine", verificationType: "PUZZLE", version: 2 });
  });

  it("delays a switch from Test Mode to Official Release by the propagation time", async () => {
    vi.stubEnv("RULE_PROPAGATION_SECONDS", "300");
    const org = await setup();
    const created = await scenarioIn(org, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
    const before = Date.now();
    const updated = await org.caller.scenario.update({
      organizationId: org.organizationId,
      ...editable(created),
      ruleStatus: "OFFICIAL_RELEASE",
      testResult: null,
    });
    const after = Date.now();

    expect(updated).toMatchObject({ ruleStatus: "OFFICIAL_RELEASE", testResult: null, pendingFromTestResult: "PASS_VERIFICATION" });
    const takesEffect = updated.ruleTakesEffectAt!.getTime();
    expect(takesEffect).toBeGreaterThanOrEqual(before + 300_000);
    expect(takesEffect).toBeLessThanOrEqual(after + 300_000);
    expect(updated.ruleEffectiveAt?.getTime()).toBe(takesEffect);

    expect(await scenarioRuleInForce(test.db, created.sceneId)).toEqual({
      organizationId: org.organizationId,
      ruleStatus: "TEST_MODE",
      testResult: "PASS_VERIFICATION",
    });
    expect(await scenarioRuleInForce(test.db, created.sceneId, new Date(takesEffect))).toEqual({
      organizationId: org.organizationId,
      ruleStatus: "OFFICIAL_RELEASE",
      testResult: null,
    });
    const [entry] = await scenarioAudits(org.organizationId, "scenario.update");
    expect(entry?.after).toMatchObject({ ruleStatus: "OFFICIAL_RELEASE", ruleEffectiveAt: new Date(takesEffect).toISOString() });
  });
});

describe("scenario.delete", () => {
  it.each(["OWNER", "ADMIN"] as const)("lets a %s delete a scenario after typing its Scene ID, with an audit entry", async (role) => {
    const org = await setup(role);
    const created = await scenarioIn(org, { name: "to_delete", ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" });
    const kept = await scenarioIn(org);
    expect(
      await org.caller.scenario.delete({ organizationId: org.organizationId, sceneId: created.sceneId, confirmSceneId: created.sceneId }),
    ).toEqual({
      sceneId: created.sceneId,
    });

    expect(await storedRow(created.sceneId)).toBeNull();
    expect(await storedRow(kept.sceneId)).not.toBeNull();
    const error = await failure(org.caller.scenario.get({ organizationId: org.organizationId, sceneId: created.sceneId }));
    expect(error?.code).toBe("NOT_FOUND");

    await expectOnlyAudit(org, "scenario.delete", {
      targetId: created.sceneId,
      targetLabel: "to_delete",
      before: {
        name: "to_delete",
        sceneId: created.sceneId,
        integrationMethod: "WEB_H5",
        verificationType: "SLIDER",
        additionalChallenge: null,
        ruleStatus: "TEST_MODE",
        testResult: "FAIL_VERIFICATION",
        ruleEffectiveAt: null,
      },
      after: null,
    });
    // The history outlives the scenario.
    expect(
      (await scenarioAudits(org.organizationId))
        .filter((audit) => audit.targetId === created.sceneId)
        .map((audit) => audit.action)
        .sort(),
    ).toEqual(["scenario.create", "scenario.delete"]);
  });

  it.each(["MEMBER", "VIEWER"] as const)("answers FORBIDDEN to a %s and deletes nothing", async (role) => {
    const org = await setup(role);
    const created = await scenarioIn(org);
    const error = await failure(
      org.caller.scenario.delete({ organizationId: org.organizationId, sceneId: created.sceneId, confirmSceneId: created.sceneId }),
    );
    expect(error?.code).toBe("FORBIDDEN");
    expect(await storedRow(created.sceneId)).not.toBeNull();
    expect(await scenarioAudits(org.organizationId, "scenario.delete")).toHaveLength(0);
  });

  it("answers FORBIDDEN to a non-member and NOT_FOUND for another organization's scenario", async () => {
    const mine = await setup();
    const theirs = await setup();
    const theirScenario = await scenarioIn(theirs);
    const stranger = callerFor(test.db, await createUser(test.db));
    const input = { sceneId: theirScenario.sceneId, confirmSceneId: theirScenario.sceneId };
    expect((await failure(stranger.scenario.delete({ organizationId: theirs.organizationId, ...input })))?.code).toBe("FORBIDDEN");
    const error = await failure(mine.caller.scenario.delete({ organizationId: mine.organizationId, ...input }));
    expect(error?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe(MESSAGES.notFound);
    expect(await storedRow(theirScenario.sceneId)).not.toBeNull();
    expect(await written(theirs.organizationId)).toEqual({ scenarios: 1, audits: 1 });
    expect(await written(mine.organizationId)).toEqual({ scenarios: 0, audits: 0 });
  });

  it("refuses a mistyped confirmation with BAD_REQUEST and deletes nothing", async () => {
    const org = await setup();
    const created = await scenarioIn(org);
    const other = await scenarioIn(org);
    const typos = ["", created.sceneId.slice(0, 7), created.sceneId.toUpperCase(), `${created.sceneId}x`, other.sceneId];
    for (const confirmSceneId of typos) {
      const error = await failure(
        org.caller.scenario.delete({ organizationId: org.organizationId, sceneId: created.sceneId, confirmSceneId }),
      );
      expect(error?.code, confirmSceneId).toBe("BAD_REQUEST");
      expect(error?.message).toBe(MESSAGES.deleteConfirmation);
    }
    expect(await written(org.organizationId)).toEqual({ scenarios: 2, audits: 2 });
  });

  it("accepts the typed Scene ID with surrounding spaces, as pasted", async () => {
    const org = await setup();
    const created = await scenarioIn(org);
    await org.caller.scenario.delete({
      organizationId: org.organizationId,
      sceneId: created.sceneId,
      confirmSceneId: ` ${created.sceneId} `,
    });
    expect(await storedRow(created.sceneId)).toBeNull();
  });
});

describe("scenario.list", () => {
  type Row = {
    sceneId: string;
    name: string;
    integrationMethod: IntegrationMethod;
    verificationType: VerificationType;
    ruleStatus: RuleStatus;
    createdAt: Date;
  };
  let org: Setup;
  let rows: Row[]; // newest first
  let otherOrgSceneId: string;

  const NAMES = [
    "Login_Web",
    "login_app",
    "Pay_LOGIN",
    "checkout",
    "登录场景",
    "登录场景_2",
    "register",
    "loginx1",
    "login_1",
    "coupon",
    "sign_up",
    "SignIn",
    "comment",
    "vote",
    "search",
    "Report",
    "survey",
    "password_reset",
    "登录",
    "order_2024",
    "order2024",
    "refund",
    "invite",
    "download",
  ];
  const METHODS: IntegrationMethod[] = ["WEB_H5", "WEBVIEW_H5", "WECHAT_NATIVE_PLUGIN"];
  const TYPES: VerificationType[] = ["INVISIBLE", "ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION"];

  beforeAll(async () => {
    org = await setup();
    const created: Row[] = [];
    for (const [i, name] of NAMES.entries()) {
      const verificationType = TYPES[i % TYPES.length]!;
      const ruleStatus: RuleStatus = i % 3 === 0 ? "TEST_MODE" : "OFFICIAL_RELEASE";
      const testResult =
        ruleStatus === "TEST_MODE" ? (verificationType === "INVISIBLE" ? "PASS_INVISIBLE" : "PASS_VERIFICATION") : undefined;
      const scenario = await createScenario(test.db, actor(org.owner), org.organizationId, {
        name,
        integrationMethod: METHODS[i % METHODS.length]!,
        verificationType,
        additionalChallenge: verificationType === "INVISIBLE" ? "PUZZLE" : undefined,
        ruleStatus,
        testResult,
      });
      // Creation times in an order unrelated to insertion, so the sort is really tested.
      const createdAt = new Date(Date.UTC(2026, 0, 1) + ((i * 7) % NAMES.length) * 60_000);
      await test.db.scenario.update({ where: { sceneId: scenario.sceneId }, data: { createdAt } });
      created.push({
        sceneId: scenario.sceneId,
        name,
        integrationMethod: scenario.integrationMethod,
        verificationType,
        ruleStatus,
        createdAt,
      });
    }
    rows = created.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    // Someone else's scenarios, named like ours.
    const other = await setup();
    otherOrgSceneId = (await scenarioIn(other, { name: "Login_Web" })).sceneId;
    await scenarioIn(other, { name: "checkout" });
  });

  const list = (input: Record<string, unknown> = {}) =>
    org.caller.scenario.list({ organizationId: org.organizationId, pageSize: 50, ...input });
  const names = async (input: Record<string, unknown> = {}) => (await list(input)).items.map((item) => item.name);
  /** What a search is specified to find: the name contains it (any case), or the Scene ID starts with it. */
  const matching = (search: string) =>
    rows
      .filter((row) => row.name.toLowerCase().includes(search.toLowerCase()) || row.sceneId.startsWith(search.toLowerCase()))
      .map((row) => row.name);

  it.each(["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const)("lets a %s list the organization's scenarios", async (role) => {
    const viewer = await setup(role);
    const created = await scenarioIn(viewer);
    const result = await viewer.caller.scenario.list({ organizationId: viewer.organizationId });
    expect(result).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(result.items).toEqual([await viewer.caller.scenario.get({ organizationId: viewer.organizationId, sceneId: created.sceneId })]);
  });

  it("answers FORBIDDEN to a non-member and UNAUTHORIZED without a session", async () => {
    const stranger = callerFor(test.db, await createUser(test.db));
    const error = await failure(stranger.scenario.list({ organizationId: org.organizationId }));
    expect(error?.code).toBe("FORBIDDEN");
    expect((await failure(callerFor(test.db).scenario.list({ organizationId: org.organizationId })))?.code).toBe("UNAUTHORIZED");
  });

  it("lists only the organization's own scenarios, newest first", async () => {
    const result = await list();
    expect(result.total).toBe(NAMES.length);
    expect(result.items.map((item) => item.sceneId)).toEqual(rows.map((row) => row.sceneId));
    expect(result.items.map((item) => item.sceneId)).not.toContain(otherOrgSceneId);
    expect((await list({ search: otherOrgSceneId })).total).toBe(0);
  });

  it("pages through the list: total, page and page size, no scenario twice", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list({ page, pageSize: 10 })));
    expect(pages.map((page) => [page.total, page.page, page.pageSize, page.items.length])).toEqual([
      [24, 1, 10, 10],
      [24, 2, 10, 10],
      [24, 3, 10, 4],
    ]);
    expect(pages.flatMap((page) => page.items.map((item) => item.sceneId))).toEqual(rows.map((row) => row.sceneId));
    expect(await list({ page: 4, pageSize: 10 })).toMatchObject({ total: 24, page: 4, items: [] });
    const defaults = await org.caller.scenario.list({ organizationId: org.organizationId });
    expect(defaults).toMatchObject({ total: 24, page: 1, pageSize: 10 });
    expect(defaults.items.map((item) => item.sceneId)).toEqual(rows.slice(0, 10).map((row) => row.sceneId));
  });

  it("searches names by case-insensitive substring", async () => {
    expect(await names({ search: "LOGIN" })).toEqual(matching("LOGIN"));
    expect((await names({ search: "LOGIN" })).sort()).toEqual(["Login_Web", "Pay_LOGIN", "login_1", "login_app", "loginx1"]);
    expect((await names({ search: "登录场景" })).sort()).toEqual(["登录场景", "登录场景_2"]);
    expect((await names({ search: "in_w" })).sort()).toEqual(["Login_Web"]);
    expect(await names({ search: "nothing_like_this" })).toEqual([]);
  });

  it("treats _ and % in a search as the characters themselves", async () => {
    expect((await names({ search: "n_1" })).sort()).toEqual(["login_1"]);
    expect((await names({ search: "order_" })).sort()).toEqual(["order_2024"]);
    expect(await names({ search: "%" })).toEqual([]);
    expect((await names({ search: "_" })).sort()).toEqual(NAMES.filter((name) => name.includes("_")).sort());
  });

  it("finds a scenario by the start of its Scene ID, in any case, and not by the middle", async () => {
    const target = rows[5]!;
    for (const search of [target.sceneId, target.sceneId.slice(0, 4), target.sceneId.toUpperCase()]) {
      const found = await names({ search });
      expect(found).toContain(target.name);
      expect(found).toEqual(matching(search));
    }
    expect(await names({ search: target.sceneId.slice(1) })).not.toContain(target.name);
  });

  it.each([
    { integrationMethod: "WECHAT_NATIVE_PLUGIN" },
    { verificationType: "INVISIBLE" },
    { ruleStatus: "TEST_MODE" },
    { verificationType: "SLIDER", ruleStatus: "OFFICIAL_RELEASE" },
    { integrationMethod: "WEB_H5", verificationType: "ONE_CLICK", ruleStatus: "TEST_MODE" },
  ] as const)("filters by %j", async (filter) => {
    const expected = rows.filter((row) => Object.entries(filter).every(([key, value]) => row[key as keyof Row] === value));
    expect(expected.length).toBeGreaterThan(0);
    const result = await list(filter);
    expect(result.total).toBe(expected.length);
    expect(result.items.map((item) => item.sceneId)).toEqual(expected.map((row) => row.sceneId));
    for (const item of result.items) expect(item).toMatchObject(filter);
  });

  it("combines a search with filters", async () => {
    const expected = rows
      .filter((row) => row.name.toLowerCase().includes("login") && row.ruleStatus === "OFFICIAL_RELEASE")
      .map((row) => row.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(matching("login").length);
    expect(await names({ search: "login", ruleStatus: "OFFICIAL_RELEASE" })).toEqual(expected);
  });

  it("refuses a page size above 50 and unknown filter values with BAD_REQUEST", async () => {
    expect((await failure(list({ pageSize: 51 })))?.code).toBe("BAD_REQUEST");
    expect((await failure(list({ verificationType: "CAPTCHA" })))?.code).toBe("BAD_REQUEST");
    expect((await failure(list({ page: 0 })))?.code).toBe("BAD_REQUEST");
  });
});

describe("the rule in force for the runtime (scenarioRuleInForce)", () => {
  const T0 = new Date("2026-03-31T08:00:00.000Z");
  const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

  /**
   * A new organization's Test Mode scenario, switched to Official Release at T0 through the
   * service, with a propagation delay of `propagationSeconds`.
   */
  async function switchedAtT0(propagationSeconds = 300) {
    vi.stubEnv("RULE_PROPAGATION_SECONDS", String(propagationSeconds));
    const org = await setup();
    const created = await createScenario(
      test.db,
      actor(org.owner),
      org.organizationId,
      {
        name: uniqueName(),
        integrationMethod: "WEB_H5",
        verificationType: "INVISIBLE",
        additionalChallenge: "SLIDER",
        ruleStatus: "TEST_MODE",
        testResult: "FAIL_INVISIBLE_PASS_CHALLENGE",
      },
      at(-60),
    );
    const edit = (changes: Record<string, unknown>, version: number) =>
      updateScenarioInput.parse({ ...editable(created), version, ...changes });
    const switched = await updateScenario(
      test.db,
      actor(org.owner),
      org.organizationId,
      edit({ ruleStatus: "OFFICIAL_RELEASE", testResult: null }, 1),
      T0,
    );
    return { org, sceneId: created.sceneId, switched, edit };
  }
  /** The rule status the runtime applies `seconds` after T0. */
  const statusAt = async (sceneId: string, seconds: number) => (await scenarioRuleInForce(test.db, sceneId, at(seconds)))?.ruleStatus;

  it("keeps the Test Mode result in force until the propagation delay has passed", async () => {
    const { org, sceneId, switched } = await switchedAtT0();
    expect(switched).toMatchObject({ ruleStatus: "OFFICIAL_RELEASE", ruleEffectiveAt: at(300), ruleTakesEffectAt: at(300) });

    const testMode = { organizationId: org.organizationId, ruleStatus: "TEST_MODE", testResult: "FAIL_INVISIBLE_PASS_CHALLENGE" };
    const official = { organizationId: org.organizationId, ruleStatus: "OFFICIAL_RELEASE", testResult: null };
    expect(await scenarioRuleInForce(test.db, sceneId, T0)).toEqual(testMode);
    expect(await scenarioRuleInForce(test.db, sceneId, at(299.999))).toEqual(testMode);
    expect(await scenarioRuleInForce(test.db, sceneId, at(300))).toEqual(official);
    expect(await scenarioRuleInForce(test.db, sceneId, at(86_400))).toEqual(official);

    expect((await getScenario(test.db, org.organizationId, sceneId, at(100))).ruleTakesEffectAt).toEqual(at(300));
    expect((await getScenario(test.db, org.organizationId, sceneId, at(300))).ruleTakesEffectAt).toBeNull();
  });

  it("follows RULE_PROPAGATION_SECONDS", async () => {
    const { sceneId, switched } = await switchedAtT0(5);
    expect(switched.ruleEffectiveAt).toEqual(at(5));
    expect(await statusAt(sceneId, 4)).toBe("TEST_MODE");
    expect(await statusAt(sceneId, 5)).toBe("OFFICIAL_RELEASE");
  });

  it("keeps the original deadline when the scenario is saved again during propagation", async () => {
    const { org, sceneId, edit } = await switchedAtT0();
    const renamed = await updateScenario(
      test.db,
      actor(org.owner),
      org.organizationId,
      edit({ name: uniqueName("renamed"), ruleStatus: "OFFICIAL_RELEASE", testResult: null }, 2),
      at(120),
    );
    expect(renamed).toMatchObject({ version: 3, ruleEffectiveAt: at(300), pendingFromTestResult: "FAIL_INVISIBLE_PASS_CHALLENGE" });
    expect(await statusAt(sceneId, 299)).toBe("TEST_MODE");
    expect(await statusAt(sceneId, 300)).toBe("OFFICIAL_RELEASE");
  });

  it("applies a switch back to Test Mode at once, even during propagation", async () => {
    const { org, sceneId, edit } = await switchedAtT0();
    const back = await updateScenario(
      test.db,
      actor(org.owner),
      org.organizationId,
      edit({ ruleStatus: "TEST_MODE", testResult: "PASS_INVISIBLE" }, 2),
      at(60),
    );
    expect(back).toMatchObject({
      ruleStatus: "TEST_MODE",
      testResult: "PASS_INVISIBLE",
      pendingFromTestResult: null,
      ruleEffectiveAt: null,
      ruleTakesEffectAt: null,
    });
    for (const when of [at(60), at(299), at(400)]) {
      expect(await scenarioRuleInForce(test.db, sceneId, when)).toEqual({
        organizationId: org.organizationId,
        ruleStatus: "TEST_MODE",
        testResult: "PASS_INVISIBLE",
      });
    }
  });

  it("answers null for a Scene ID that does not exist", async () => {
    expect(await scenarioRuleInForce(test.db, "zzzz0000", T0)).toBeNull();
  });
});
