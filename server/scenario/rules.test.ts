import { describe, expect, it } from "vitest";
import {
  INTEGRATION_METHODS,
  MESSAGES,
  RULE_STATUSES,
  TEST_RESULTS,
  VERIFICATION_TYPES,
  createScenarioInput,
  deleteScenarioInput,
  listScenariosInput,
  nextRuleState,
  ruleInForce,
  sceneIdInput,
  scenarioNameSchema,
  testResultOptions,
  updateScenarioInput,
  type AdditionalChallenge,
  type RuleState,
  type VerificationType,
} from "./rules";

/** The messages a form shows per field, as the tRPC error formatter builds them (server/trpc/init.ts). */
function fieldErrors(
  schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  input: unknown,
) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (fields[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return fields;
}

/** What the name field shows first (the form shows one message per field), or "ok". */
function nameVerdict(name: string): string {
  const result = scenarioNameSchema.safeParse(name);
  return result.success ? "ok" : result.error.issues[0]!.message;
}

describe("the seed's tables as data", () => {
  it("offers the three integration methods with their coverage", () => {
    expect(Object.entries(INTEGRATION_METHODS).map(([key, method]) => [key, method.label, method.coverage])).toEqual([
      ["WEB_H5", "Web/H5", "Client and server"],
      ["WEBVIEW_H5", "Webview+H5 (for App/miniapp Integration)", "Client, server, and app"],
      ["WECHAT_NATIVE_PLUGIN", "WeChat Mini Program Native Plugin", "Client only"],
    ]);
  });

  it("offers the five verification types and the two rule statuses", () => {
    expect(Object.values(VERIFICATION_TYPES).map((type) => type.label)).toEqual([
      "Invisible CAPTCHA",
      "One-click CAPTCHA",
      "Slider CAPTCHA",
      "Puzzle Verification",
      "Image Restoration",
    ]);
    expect(Object.values(RULE_STATUSES).map((status) => status.label)).toEqual(["Official Release", "Test Mode"]);
  });
});

describe("Scenario name: 1–32 characters; Chinese characters, letters, digits and underscores (_)", () => {
  it.each([
    // name                               verdict
    ["登录场景_1", "ok"],
    ["login_scene", "ok"],
    ["Login2024", "ok"],
    ["_", "ok"],
    ["中文English混合_123", "ok"],
    ["a".repeat(32), "ok"],
    ["登".repeat(32), "ok"],
    ["𠀀".repeat(32), "ok"], // CJK Extension B: two UTF-16 units each, still one character
    ["a".repeat(33), MESSAGES.nameTooLong],
    ["登".repeat(33), MESSAGES.nameTooLong],
    ["login scene", MESSAGES.nameCharacters],
    ["login-scene", MESSAGES.nameCharacters],
    ["login.scene", MESSAGES.nameCharacters],
    ["login😀", MESSAGES.nameCharacters],
    ["登录，场景", MESSAGES.nameCharacters], // full-width comma is punctuation, not a Chinese character
    ["ＡＢＣ", MESSAGES.nameCharacters], // full-width Latin letters
    ["café", MESSAGES.nameCharacters],
    ["", MESSAGES.nameRequired],
    ["   ", MESSAGES.nameRequired],
  ])("%j → %s", (name, verdict) => {
    expect(nameVerdict(name)).toBe(verdict);
  });

  it("uses the seed's wording for the messages", () => {
    expect(MESSAGES.nameTooLong).toBe("Use at most 32 characters.");
    expect(MESSAGES.nameCharacters).toBe("Use only Chinese characters, letters, digits and underscores (_).");
  });

  it("trims surrounding spaces before checking and storing", () => {
    expect(scenarioNameSchema.parse("  登录场景_1  ")).toBe("登录场景_1");
    expect(nameVerdict(` ${"a".repeat(32)} `)).toBe("ok");
  });
});

describe("Configurable test results in Test Mode", () => {
  const labels = (type: VerificationType, challenge?: AdditionalChallenge | null) =>
    testResultOptions(type, challenge)
      .map((result) => TEST_RESULTS[result].label)
      .join(" / ");

  it.each([
    // verification type, additional challenge, available test results (as the seed's table writes them)
    [
      "INVISIBLE",
      "ONE_CLICK",
      "Pass Invisible CAPTCHA / Fail Invisible CAPTCHA and Pass Additional Challenge / Fail Invisible CAPTCHA and Additional Challenge",
    ],
    [
      "INVISIBLE",
      "SLIDER",
      "Pass Invisible CAPTCHA / Fail Invisible CAPTCHA and Pass Additional Challenge / Fail Invisible CAPTCHA and Additional Challenge",
    ],
    ["INVISIBLE", "PUZZLE", "Pass Invisible CAPTCHA / Fail Invisible CAPTCHA"],
    ["INVISIBLE", "IMAGE_RESTORATION", "Pass Invisible CAPTCHA / Fail Invisible CAPTCHA"],
    ["ONE_CLICK", null, "Pass Verification / Fail Verification"],
    ["SLIDER", null, "Pass Verification / Fail Verification"],
    ["PUZZLE", null, "Pass Verification / Fail Verification"],
    ["IMAGE_RESTORATION", null, "Pass Verification / Fail Verification"],
  ] as const)("%s + %s → %s", (type, challenge, expected) => {
    expect(labels(type, challenge)).toBe(expected);
  });

  it("names the values behind the labels", () => {
    expect(testResultOptions("INVISIBLE", "SLIDER")).toEqual([
      "PASS_INVISIBLE",
      "FAIL_INVISIBLE_PASS_CHALLENGE",
      "FAIL_INVISIBLE_AND_CHALLENGE",
    ]);
    expect(testResultOptions("INVISIBLE", "PUZZLE")).toEqual(["PASS_INVISIBLE", "FAIL_INVISIBLE"]);
    expect(testResultOptions("SLIDER")).toEqual(["PASS_VERIFICATION", "FAIL_VERIFICATION"]);
  });

  it("offers nothing for Invisible CAPTCHA until its additional challenge is chosen", () => {
    expect(testResultOptions("INVISIBLE")).toEqual([]);
    expect(testResultOptions("INVISIBLE", null)).toEqual([]);
  });

  it("marks which results pass", () => {
    const passing = Object.entries(TEST_RESULTS)
      .filter(([, result]) => result.passes)
      .map(([key]) => key);
    expect(passing).toEqual(["PASS_VERIFICATION", "PASS_INVISIBLE", "FAIL_INVISIBLE_PASS_CHALLENGE"]);
  });
});

describe("which fields each verification type and rule status requires (createScenarioInput)", () => {
  const base = { name: "登录场景_1", integrationMethod: "WEB_H5", verificationType: "SLIDER", ruleStatus: "OFFICIAL_RELEASE" };
  const errors = (changes: Record<string, unknown>) => fieldErrors(createScenarioInput, { ...base, ...changes });

  it("accepts a plain Official Release scenario and defaults the rule status to Official Release", () => {
    expect(errors({})).toEqual({});
    const { ruleStatus: _, ...withoutStatus } = base;
    expect(createScenarioInput.parse(withoutStatus)).toMatchObject({ ruleStatus: "OFFICIAL_RELEASE" });
  });

  it.each([
    // verification type, additional challenge, rule status, test result
    ["INVISIBLE", "ONE_CLICK", "TEST_MODE", "FAIL_INVISIBLE_PASS_CHALLENGE"],
    ["INVISIBLE", "SLIDER", "TEST_MODE", "FAIL_INVISIBLE_AND_CHALLENGE"],
    ["INVISIBLE", "PUZZLE", "TEST_MODE", "FAIL_INVISIBLE"],
    ["INVISIBLE", "IMAGE_RESTORATION", "OFFICIAL_RELEASE", null],
    ["ONE_CLICK", null, "TEST_MODE", "PASS_VERIFICATION"],
    ["IMAGE_RESTORATION", undefined, "TEST_MODE", "FAIL_VERIFICATION"],
  ])("accepts %s + %s in %s with %s", (verificationType, additionalChallenge, ruleStatus, testResult) => {
    expect(errors({ verificationType, additionalChallenge, ruleStatus, testResult })).toEqual({});
  });

  it("refuses Invisible CAPTCHA without an additional challenge", () => {
    expect(errors({ verificationType: "INVISIBLE" })).toEqual({ additionalChallenge: [MESSAGES.additionalChallengeRequired] });
    expect(errors({ verificationType: "INVISIBLE", additionalChallenge: null })).toEqual({
      additionalChallenge: [MESSAGES.additionalChallengeRequired],
    });
  });

  it.each(["ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION"])("refuses an additional challenge on %s", (verificationType) => {
    expect(errors({ verificationType, additionalChallenge: "PUZZLE" })).toEqual({
      additionalChallenge: [MESSAGES.additionalChallengeNotAllowed],
    });
  });

  it("refuses Test Mode without a test result", () => {
    expect(errors({ ruleStatus: "TEST_MODE" })).toEqual({ testResult: [MESSAGES.testResultRequired] });
    expect(errors({ ruleStatus: "TEST_MODE", testResult: null })).toEqual({ testResult: [MESSAGES.testResultRequired] });
  });

  it("refuses a test result in Official Release", () => {
    expect(errors({ ruleStatus: "OFFICIAL_RELEASE", testResult: "PASS_VERIFICATION" })).toEqual({
      testResult: [MESSAGES.testResultNotAllowed],
    });
  });

  it.each([
    ["SLIDER", null, "PASS_INVISIBLE"],
    ["PUZZLE", null, "FAIL_INVISIBLE_AND_CHALLENGE"],
    ["INVISIBLE", "PUZZLE", "FAIL_INVISIBLE_PASS_CHALLENGE"],
    ["INVISIBLE", "IMAGE_RESTORATION", "FAIL_INVISIBLE_AND_CHALLENGE"],
    ["INVISIBLE", "ONE_CLICK", "FAIL_INVISIBLE"],
    ["INVISIBLE", "SLIDER", "PASS_VERIFICATION"],
  ])("refuses %s + %s with the test result %s, which the table does not offer", (verificationType, additionalChallenge, testResult) => {
    expect(errors({ verificationType, additionalChallenge, ruleStatus: "TEST_MODE", testResult })).toEqual({
      testResult: [MESSAGES.testResultNotOffered],
    });
  });

  it.each([
    ["integrationMethod", "APP"],
    ["integrationMethod", undefined],
    ["verificationType", "CAPTCHA"],
    ["verificationType", "invisible"],
    ["ruleStatus", "LIVE"],
    ["additionalChallenge", "INVISIBLE"], // Invisible cannot fall back to itself
    ["testResult", "MAYBE"],
  ])("refuses %s = %j", (field, value) => {
    const changes: Record<string, unknown> = { [field]: value };
    if (field === "additionalChallenge") changes.verificationType = "INVISIBLE";
    if (field === "testResult") changes.ruleStatus = "TEST_MODE";
    expect(Object.keys(errors(changes))).toContain(field);
    expect(createScenarioInput.safeParse({ ...base, ...changes }).success).toBe(false);
  });

  it("reports every broken rule at once, each on its field", () => {
    expect(errors({ name: "a b", verificationType: "INVISIBLE", ruleStatus: "TEST_MODE" })).toEqual({
      name: [MESSAGES.nameCharacters],
      additionalChallenge: [MESSAGES.additionalChallengeRequired],
      testResult: [MESSAGES.testResultRequired],
    });
  });
});

describe("modifying a scenario (updateScenarioInput)", () => {
  const base = { sceneId: "ab12cd34", version: 3, name: "login", verificationType: "SLIDER", ruleStatus: "OFFICIAL_RELEASE" };
  const errors = (changes: Record<string, unknown>) => fieldErrors(updateScenarioInput, { ...base, ...changes });

  it("applies the same combination rules as creation", () => {
    expect(errors({})).toEqual({});
    expect(errors({ verificationType: "INVISIBLE" })).toEqual({ additionalChallenge: [MESSAGES.additionalChallengeRequired] });
    expect(errors({ ruleStatus: "TEST_MODE", testResult: "PASS_INVISIBLE" })).toEqual({ testResult: [MESSAGES.testResultNotOffered] });
    expect(errors({ testResult: "PASS_VERIFICATION" })).toEqual({ testResult: [MESSAGES.testResultNotAllowed] });
  });

  it("needs the version the editor loaded and a well-formed Scenario ID", () => {
    expect(Object.keys(errors({ version: undefined }))).toEqual(["version"]);
    expect(Object.keys(errors({ version: 0 }))).toEqual(["version"]);
    expect(Object.keys(errors({ version: 1.5 }))).toEqual(["version"]);
    expect(Object.keys(errors({ sceneId: "AB12CD34" }))).toEqual(["sceneId"]);
    expect(Object.keys(errors({ sceneId: "ab12cd3" }))).toEqual(["sceneId"]);
  });

  it("takes an integration method only to refuse a change later, and no unknown one", () => {
    expect(errors({ integrationMethod: "WEBVIEW_H5" })).toEqual({});
    expect(Object.keys(errors({ integrationMethod: "APP" }))).toEqual(["integrationMethod"]);
  });
});

describe("Scenario IDs, deletion and listing inputs", () => {
  it.each([
    ["ab12cd34", true],
    ["00000000", true],
    ["AB12CD34", false],
    ["ab12cd3", false],
    ["ab12cd345", false],
    ["ab12_d34", false],
    ["", false],
  ])("Scenario ID %j is well-formed: %s", (sceneId, ok) => {
    expect(sceneIdInput.safeParse({ sceneId }).success).toBe(ok);
  });

  it("requires the typed confirmation on deletion (compared by the service)", () => {
    expect(deleteScenarioInput.safeParse({ sceneId: "ab12cd34" }).success).toBe(false);
    expect(deleteScenarioInput.parse({ sceneId: "ab12cd34", confirmSceneId: "typo" })).toEqual({
      sceneId: "ab12cd34",
      confirmSceneId: "typo",
    });
  });

  it("lists the first page of 10 by default and at most 50 per page", () => {
    expect(listScenariosInput.parse({})).toEqual({ page: 1, pageSize: 10 });
    expect(listScenariosInput.safeParse({ pageSize: 50 }).success).toBe(true);
    expect(listScenariosInput.safeParse({ pageSize: 51 }).success).toBe(false);
    expect(listScenariosInput.safeParse({ page: 0 }).success).toBe(false);
    expect(listScenariosInput.safeParse({ verificationType: "CAPTCHA" }).success).toBe(false);
    expect(listScenariosInput.parse({ search: "  login  " }).search).toBe("login");
  });
});

describe("Rule status: a switch from Test Mode to Official Release takes about 5 minutes", () => {
  const PROPAGATION = 5 * 60_000;
  const T0 = new Date("2026-03-31T08:00:00.000Z");
  const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

  const steady = (ruleStatus: RuleState["ruleStatus"], testResult: RuleState["testResult"] = null): RuleState => ({
    ruleStatus,
    testResult,
    pendingFromTestResult: null,
    ruleEffectiveAt: null,
  });
  const testMode = steady("TEST_MODE", "FAIL_VERIFICATION");
  const official = steady("OFFICIAL_RELEASE");
  const switched = nextRuleState(testMode, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }, T0, PROPAGATION);

  it("stores Official Release with the Test Mode result pending until the propagation time has passed", () => {
    expect(switched).toEqual({
      ruleStatus: "OFFICIAL_RELEASE",
      testResult: null,
      pendingFromTestResult: "FAIL_VERIFICATION",
      ruleEffectiveAt: at(300),
    });
  });

  it.each([
    // seconds after the switch, rule in force
    [0, { ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" }],
    [150, { ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" }],
    [299.999, { ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" }],
    [300, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }],
    [3600, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }],
  ])("%s s after the switch the runtime applies %j", (seconds, expected) => {
    expect(ruleInForce(switched, at(seconds))).toEqual(expected);
  });

  it("applies a steady state as stored", () => {
    expect(ruleInForce(testMode, T0)).toEqual({ ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" });
    expect(ruleInForce(official, T0)).toEqual({ ruleStatus: "OFFICIAL_RELEASE", testResult: null });
  });

  it("switches from Official Release to Test Mode at once", () => {
    const next = nextRuleState(official, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" }, T0, PROPAGATION);
    expect(next).toEqual(steady("TEST_MODE", "PASS_VERIFICATION"));
    expect(ruleInForce(next, T0)).toEqual({ ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
  });

  it("switches back to Test Mode at once during propagation, dropping the pending switch", () => {
    const back = nextRuleState(switched, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" }, at(60), PROPAGATION);
    expect(back).toEqual(steady("TEST_MODE", "PASS_VERIFICATION"));
    expect(ruleInForce(back, at(60))).toEqual({ ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
    expect(ruleInForce(back, at(400))).toEqual({ ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
  });

  it("changes the test result within Test Mode at once", () => {
    const next = nextRuleState(testMode, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" }, T0, PROPAGATION);
    expect(ruleInForce(next, T0)).toEqual({ ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
  });

  it("keeps the original deadline when the scenario is saved again during propagation", () => {
    const again = nextRuleState(switched, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }, at(120), PROPAGATION);
    expect(again).toEqual(switched);
    expect(ruleInForce(again, at(299))).toEqual({ ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" });
    expect(ruleInForce(again, at(300))).toEqual({ ruleStatus: "OFFICIAL_RELEASE", testResult: null });
  });

  it("settles a save after the deadline into a plain Official Release", () => {
    expect(nextRuleState(switched, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }, at(301), PROPAGATION)).toEqual(official);
  });

  it("starts a new delay after going back to Test Mode and switching again", () => {
    const back = nextRuleState(switched, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" }, at(60), PROPAGATION);
    const again = nextRuleState(back, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }, at(90), PROPAGATION);
    expect(again).toEqual({
      ruleStatus: "OFFICIAL_RELEASE",
      testResult: null,
      pendingFromTestResult: "PASS_VERIFICATION",
      ruleEffectiveAt: at(390),
    });
  });

  it("applies at once when the propagation time is zero", () => {
    const instant = nextRuleState(testMode, { ruleStatus: "OFFICIAL_RELEASE", testResult: null }, T0, 0);
    expect(ruleInForce(instant, T0)).toEqual({ ruleStatus: "OFFICIAL_RELEASE", testResult: null });
  });
});
