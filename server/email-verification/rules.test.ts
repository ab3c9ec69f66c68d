import { describe, expect, it } from "vitest";
import { emailCountsAsVerified, verifyEmailPath } from "./rules";

describe("whether an account counts as verified", () => {
  it.each([
    ["verified, email on", new Date(), true, true],
    ["verified, email off", new Date(), false, true],
    ["not verified, email on", null, true, false],
    // Nothing to verify with: holding the account back would lock it out for good.
    ["not verified, email off", null, false, true],
  ] as const)("%s", (_, emailVerifiedAt, emailConfigured, verified) => {
    expect(emailCountsAsVerified({ emailVerifiedAt }, emailConfigured)).toBe(verified);
  });

  it("the link lives under /verify-email/", () => {
    expect(verifyEmailPath("abc")).toBe("/verify-email/abc");
  });
});
