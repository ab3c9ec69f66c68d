import type { TestResult } from "../scenario/rules";

/** What a verification returns in Test Mode for each configured test result. */
export const TEST_OUTCOMES: Record<TestResult, { verifyCode: "T005" | "F004"; whatHappens: string }> = {
  PASS_VERIFICATION: { verifyCode: "T005", whatHappens: "The challenge is shown and every verification passes." },
  FAIL_VERIFICATION: { verifyCode: "F004", whatHappens: "The challenge is shown and every verification fails." },
  PASS_INVISIBLE: { verifyCode: "T005", whatHappens: "The invisible check passes; no challenge is shown." },
  FAIL_INVISIBLE_PASS_CHALLENGE: {
    verifyCode: "T005",
    whatHappens: "The invisible check fails, the additional challenge appears, and solving it passes.",
  },
  FAIL_INVISIBLE_AND_CHALLENGE: {
    verifyCode: "F004",
    whatHappens: "The invisible check fails, the additional challenge appears, and the verification fails.",
  },
  FAIL_INVISIBLE: { verifyCode: "F004", whatHappens: "The invisible check fails and the verification fails." },
};
