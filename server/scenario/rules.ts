import { z } from "zod";

/**
 * The seed's tables (shared/seed/scenario-management.txt) as plain data, and the rules that tie
 * the fields together. The forms and the API both read this module, so the console can never
 * offer a combination the server would refuse. Safe to import in the browser.
 */

export const INTEGRATION_METHODS = {
  WEB_H5: {
    label: "Web/H5",
    coverage: "Client and server",
    note: "Use for standard web pages and H5 mobile pages.",
  },
  WEBVIEW_H5: {
    label: "Webview+H5 (for App/miniapp Integration)",
    coverage: "Client, server, and app",
    note: "Use for apps and WeChat mini programs that embed a WebView.",
  },
  WECHAT_NATIVE_PLUGIN: {
    label: "WeChat Mini Program Native Plugin",
    coverage: "Client only",
    note: "Use for native WeChat mini program integration. Custom policies are not supported for this method.",
  },
} as const;
export type IntegrationMethod = keyof typeof INTEGRATION_METHODS;
export const INTEGRATION_METHOD_VALUES = Object.keys(INTEGRATION_METHODS) as [IntegrationMethod, ...IntegrationMethod[]];

export const VERIFICATION_TYPES = {
  INVISIBLE: { label: "Invisible CAPTCHA", interaction: "None (frictionless): runs silently in the background" },
  ONE_CLICK: { label: "One-click CAPTCHA", interaction: "Click a button" },
  SLIDER: { label: "Slider CAPTCHA", interaction: "Drag a slider" },
  PUZZLE: { label: "Puzzle Verification", interaction: "Drag a slider to complete a puzzle" },
  IMAGE_RESTORATION: { label: "Image Restoration", interaction: "Drag a slider to restore an image" },
} as const;
export type VerificationType = keyof typeof VERIFICATION_TYPES;
export const VERIFICATION_TYPE_VALUES = Object.keys(VERIFICATION_TYPES) as [VerificationType, ...VerificationType[]];

/** The challenges Invisible CAPTCHA can fall back to: every type except Invisible itself. */
export const ADDITIONAL_CHALLENGE_VALUES = ["ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION"] as const;
export type AdditionalChallenge = (typeof ADDITIONAL_CHALLENGE_VALUES)[number];

export const RULE_STATUSES = {
  OFFICIAL_RELEASE: {
    label: "Official Release",
    description: "Runs a full threat assessment on each request and returns a real pass or fail result.",
  },
  TEST_MODE: {
    label: "Test Mode",
    description: "Only checks connectivity. No threat assessment runs; returns the test result you configure.",
  },
} as const;
export type RuleStatus = keyof typeof RULE_STATUSES;
export const RULE_STATUS_VALUES = Object.keys(RULE_STATUSES) as [RuleStatus, ...RuleStatus[]];

export const TEST_RESULTS = {
  PASS_VERIFICATION: { label: "Pass Verification", passes: true },
  FAIL_VERIFICATION: { label: "Fail Verification", passes: false },
  PASS_INVISIBLE: { label: "Pass Invisible CAPTCHA", passes: true },
  FAIL_INVISIBLE_PASS_CHALLENGE: { label: "Fail Invisible CAPTCHA and Pass Additional Challenge", passes: true },
  FAIL_INVISIBLE_AND_CHALLENGE: { label: "Fail Invisible CAPTCHA and Additional Challenge", passes: false },
  FAIL_INVISIBLE: { label: "Fail Invisible CAPTCHA", passes: false },
} as const;
export type TestResult = keyof typeof TEST_RESULTS;
export const TEST_RESULT_VALUES = Object.keys(TEST_RESULTS) as [TestResult, ...TestResult[]];

/** The seed's "Configurable test results in Test Mode" table. */
export function testResultOptions(type: VerificationType, additionalChallenge?: AdditionalChallenge | null): TestResult[] {
  if (type !== "INVISIBLE") return ["PASS_VERIFICATION", "FAIL_VERIFICATION"];
  if (additionalChallenge === "ONE_CLICK" || additionalChallenge === "SLIDER") {
    return ["PASS_INVISIBLE", "FAIL_INVISIBLE_PASS_CHALLENGE", "FAIL_INVISIBLE_AND_CHALLENGE"];
  }
  if (additionalChallenge === "PUZZLE" || additionalChallenge === "IMAGE_RESTORATION") {
    return ["PASS_INVISIBLE", "FAIL_INVISIBLE"];
  }
  return []; // Invisible without its additional challenge chosen yet
}

/** Invisible CAPTCHA needs an additional challenge; no other type takes one. */
export const requiresAdditionalChallenge = (type: VerificationType) => type === "INVISIBLE";
/** Only Test Mode returns a configured result. */
export const requiresTestResult = (status: RuleStatus) => status === "TEST_MODE";

export const SCENARIO_NAME_MAX_LENGTH = 32;
// Chinese characters (the Han script), letters, digits and underscores, nothing else.
const SCENARIO_NAME_PATTERN = /^[\p{Script=Han}A-Za-z0-9_]+$/u;

export const MESSAGES = {
  nameRequired: "Enter a scenario name.",
  nameTooLong: `Use at most ${SCENARIO_NAME_MAX_LENGTH} characters.`,
  nameCharacters: "Use only Chinese characters, letters, digits and underscores (_).",
  nameTaken: "A scenario with this name already exists in your organization.",
  additionalChallengeRequired: "Choose the additional challenge shown when the invisible check fails.",
  additionalChallengeNotAllowed: "Only Invisible CAPTCHA takes an additional challenge.",
  testResultRequired: "Choose the result that Test Mode returns.",
  testResultNotOffered: "This test result is not offered for the chosen verification type.",
  testResultNotAllowed: "A test result only applies in Test Mode.",
  integrationMethodLocked:
    "The integration method cannot be changed after the scenario is created. Delete the scenario and create a new one.",
  changedElsewhere: "This scenario was changed by someone else. Reload it and make your changes again.",
  notFound: "This scenario does not exist in your organization.",
  deleteConfirmation: "Type the exact Scenario ID to confirm the deletion.",
} as const;

export const scenarioNameSchema = z
  .string()
  .trim()
  .min(1, MESSAGES.nameRequired)
  // Counted in characters (code points), so a 32-character Chinese name fits.
  .refine((name) => [...name].length <= SCENARIO_NAME_MAX_LENGTH, MESSAGES.nameTooLong)
  .refine((name) => SCENARIO_NAME_PATTERN.test(name), MESSAGES.nameCharacters);

/** The fields that can change after creation, with the seed's rules on which go together. */
const settingsShape = {
  name: scenarioNameSchema,
  verificationType: z.enum(VERIFICATION_TYPE_VALUES, { error: "Choose a verification type." }),
  additionalChallenge: z.enum(ADDITIONAL_CHALLENGE_VALUES, { error: "Choose a valid additional challenge." }).nullish(),
  ruleStatus: z.enum(RULE_STATUS_VALUES, { error: "Choose a rule status." }).default("OFFICIAL_RELEASE"),
  testResult: z.enum(TEST_RESULT_VALUES, { error: "Choose a valid test result." }).nullish(),
};

type Settings = {
  verificationType: VerificationType;
  additionalChallenge?: AdditionalChallenge | null;
  ruleStatus: RuleStatus;
  testResult?: TestResult | null;
};

function checkCombination(settings: Settings, context: z.RefinementCtx) {
  const { verificationType, additionalChallenge, ruleStatus, testResult } = settings;
  if (requiresAdditionalChallenge(verificationType) && !additionalChallenge) {
    context.addIssue({ code: "custom", path: ["additionalChallenge"], message: MESSAGES.additionalChallengeRequired });
  }
  if (!requiresAdditionalChallenge(verificationType) && additionalChallenge) {
    context.addIssue({ code: "custom", path: ["additionalChallenge"], message: MESSAGES.additionalChallengeNotAllowed });
  }
  if (requiresTestResult(ruleStatus) && !testResult) {
    context.addIssue({ code: "custom", path: ["testResult"], message: MESSAGES.testResultRequired });
  }
  if (!requiresTestResult(ruleStatus) && testResult) {
    context.addIssue({ code: "custom", path: ["testResult"], message: MESSAGES.testResultNotAllowed });
  }
  if (requiresTestResult(ruleStatus) && testResult && !testResultOptions(verificationType, additionalChallenge).includes(testResult)) {
    context.addIssue({ code: "custom", path: ["testResult"], message: MESSAGES.testResultNotOffered });
  }
}

export const createScenarioInput = z
  .object({
    ...settingsShape,
    integrationMethod: z.enum(INTEGRATION_METHOD_VALUES, { error: "Choose an integration method." }),
  })
  .superRefine(checkCombination);
export type CreateScenarioInput = z.output<typeof createScenarioInput>;

export const SCENE_ID_PATTERN = /^[a-z0-9]{8}$/;
export const sceneIdSchema = z.string().trim().max(64).regex(SCENE_ID_PATTERN, "A Scenario ID is 8 lowercase letters and digits.");
export const sceneIdInput = z.object({ sceneId: sceneIdSchema });

export const updateScenarioInput = z
  .object({
    ...settingsShape,
    sceneId: sceneIdSchema,
    /** The version the editor loaded; a save on top of someone else's change is refused. */
    version: z.number().int().positive(),
    /** Accepted only to refuse a change with a clear message: the method is fixed at creation. */
    integrationMethod: z.enum(INTEGRATION_METHOD_VALUES).optional(),
  })
  .superRefine(checkCombination);
export type UpdateScenarioInput = z.output<typeof updateScenarioInput>;

export const deleteScenarioInput = z.object({
  sceneId: sceneIdSchema,
  /** What the person typed into the "Scenario ID" field of the Confirm Delete dialog. */
  confirmSceneId: z.string().max(64),
});
export type DeleteScenarioInput = z.output<typeof deleteScenarioInput>;

export const SCENARIO_PAGE_SIZES = [10, 20, 50] as const;
export const listScenariosInput = z.object({
  search: z.string().trim().max(64).optional(),
  integrationMethod: z.enum(INTEGRATION_METHOD_VALUES).optional(),
  verificationType: z.enum(VERIFICATION_TYPE_VALUES).optional(),
  ruleStatus: z.enum(RULE_STATUS_VALUES).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(50).default(10),
});
export type ListScenariosInput = z.output<typeof listScenariosInput>;

/** How long a switch from Test Mode to Official Release takes to reach the runtime. */
export const DEFAULT_RULE_PROPAGATION_SECONDS = 300;

export interface RuleState {
  ruleStatus: RuleStatus;
  testResult: TestResult | null;
  /** Set while a switch to Official Release propagates: the Test Mode result still in force. */
  pendingFromTestResult: TestResult | null;
  ruleEffectiveAt: Date | null;
}

/**
 * The rule the runtime applies right now. A switch from Test Mode to Official Release only takes
 * effect at `ruleEffectiveAt`; until then the previous Test Mode result answers. Every other
 * change (into Test Mode, another test result) applies at once, as in Captcha 2.0.
 */
export function ruleInForce(state: RuleState, now: Date): { ruleStatus: RuleStatus; testResult: TestResult | null } {
  if (state.ruleStatus === "OFFICIAL_RELEASE" && state.pendingFromTestResult && state.ruleEffectiveAt && now < state.ruleEffectiveAt) {
    return { ruleStatus: "TEST_MODE", testResult: state.pendingFromTestResult };
  }
  return { ruleStatus: state.ruleStatus, testResult: state.testResult };
}

/** The stored rule after a change from `previous` to `next` at `now`. */
export function nextRuleState(
  previous: RuleState,
  next: { ruleStatus: RuleStatus; testResult: TestResult | null },
  now: Date,
  propagationMs: number,
): RuleState {
  const inForce = ruleInForce(previous, now);
  if (next.ruleStatus === "OFFICIAL_RELEASE" && inForce.ruleStatus === "TEST_MODE") {
    // Still propagating from an earlier switch: keep its deadline rather than restart the clock.
    const stillPending = previous.ruleStatus === "OFFICIAL_RELEASE" && previous.ruleEffectiveAt;
    return {
      ruleStatus: "OFFICIAL_RELEASE",
      testResult: null,
      pendingFromTestResult: inForce.testResult,
      ruleEffectiveAt: stillPending ? previous.ruleEffectiveAt : new Date(now.getTime() + propagationMs),
    };
  }
  return { ruleStatus: next.ruleStatus, testResult: next.testResult, pendingFromTestResult: null, ruleEffectiveAt: null };
}
