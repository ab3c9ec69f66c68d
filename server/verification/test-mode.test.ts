import { describe, expect, it } from "vitest";
import { TEST_OUTCOMES, testModeAnswer, testModeServerCode } from "./test-mode";

describe("what Test Mode answers", () => {
  it.each([
    ["PASS_VERIFICATION", "challenge", "T005", false],
    ["FAIL_VERIFICATION", "challenge", "F004", false],
    ["PASS_INVISIBLE", "invisible", "T005", false],
    ["FAIL_INVISIBLE", "invisible", "F004", false],
    ["FAIL_INVISIBLE_PASS_CHALLENGE", "invisible", "F004", true],
    ["FAIL_INVISIBLE_PASS_CHALLENGE", "challenge", "T005", false],
    ["FAIL_INVISIBLE_AND_CHALLENGE", "invisible", "F004", true],
    ["FAIL_INVISIBLE_AND_CHALLENGE", "challenge", "F004", false],
  ] as const)("%s at the %s stage: %s (additional challenge next: %s)", (result, stage, code, next) => {
    expect(testModeAnswer(result, stage)).toEqual({ verifyCode: code, showAdditionalChallenge: next });
  });

  it("the business server gets the configured result, and the guide says the same", () => {
    expect(testModeServerCode("PASS_VERIFICATION", "T005")).toBe("T005");
    expect(testModeServerCode("PASS_VERIFICATION", "F004")).toBe("F004");
    expect(testModeServerCode("FAIL_INVISIBLE", "T005")).toBe("F004");
    for (const [result, outcome] of Object.entries(TEST_OUTCOMES)) {
      expect(testModeServerCode(result as keyof typeof TEST_OUTCOMES, outcome.verifyCode)).toBe(outcome.verifyCode);
    }
  });
});
