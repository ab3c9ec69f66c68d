import { TEST_RESULTS, type TestResult } from "../scenario/rules";

/**
 * What Test Mode answers, defined once for the runtime and the integration guide. Test Mode runs
 * no risk checks (no proof of work, no behaviour, no limits) and answers the configured result:
 * T005 for a pass, F004 for a failure. For Invisible CAPTCHA the configured result also says
 * whether the additional challenge appears after the invisible check.
 */
export type TestModeStage = "invisible" | "challenge";

export interface TestModeAnswer {
  verifyCode: "T005" | "F004";
  /** The invisible check "failed" and the additional challenge is shown next. */
  showAdditionalChallenge: boolean;
}

export function testModeAnswer(testResult: TestResult, stage: TestModeStage): TestModeAnswer {
  const showsChallenge = testResult === "FAIL_INVISIBLE_PASS_CHALLENGE" || testResult === "FAIL_INVISIBLE_AND_CHALLENGE";
  if (stage === "invisible" && showsChallenge) return { verifyCode: "F004", showAdditionalChallenge: true };
  return { verifyCode: TEST_RESULTS[testResult].passes ? "T005" : "F004", showAdditionalChallenge: false };
}

/** The business server's verification of a Test Mode token: the configured result, whatever the client did. */
export const testModeServerCode = (testResult: TestResult, clientCode: string): "T005" | "F004" =>
  TEST_RESULTS[testResult].passes && clientCode !== "F004" ? "T005" : "F004";

/**
 * What the guide tells the integrator to expect for each test result: the stage whose answer
 * decides (the last one the visitor reaches) and what happens, in words.
 */
const OUTCOME_TEXTS: Record<TestResult, [TestModeStage, string]> = {
  PASS_VERIFICATION: ["challenge", "The challenge is shown and every verification passes."],
  FAIL_VERIFICATION: ["challenge", "The challenge is shown and every verification fails."],
  PASS_INVISIBLE: ["invisible", "The invisible check passes; no challenge is shown."],
  FAIL_INVISIBLE_PASS_CHALLENGE: ["challenge", "The invisible check fails, the additional challenge appears, and solving it passes."],
  FAIL_INVISIBLE_AND_CHALLENGE: ["challenge", "The invisible check fails, the additional challenge appears, and the verification fails."],
  FAIL_INVISIBLE: ["invisible", "The invisible check fails and the verification fails."],
};

export const TEST_OUTCOMES = Object.fromEntries(
  (Object.entries(OUTCOME_TEXTS) as [TestResult, [TestModeStage, string]][]).map(([result, [stage, whatHappens]]) => [
    result,
    { verifyCode: testModeAnswer(result, stage).verifyCode, whatHappens },
  ]),
) as Record<TestResult, { verifyCode: "T005" | "F004"; whatHappens: string }>;
