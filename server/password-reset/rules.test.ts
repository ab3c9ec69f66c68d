import { describe, expect, it } from "vitest";
import { completePasswordResetInput, passwordResetPath, passwordResetUsable, requestPasswordResetInput } from "./rules";

const now = new Date("2026-11-29T12:00:00Z");
const later = new Date("2026-11-29T12:30:00Z");
const earlier = new Date("2026-11-29T11:30:00Z");

describe("a reset link", () => {
  it.each([
    ["unused and in time", { expiresAt: later, usedAt: null }, true],
    ["used", { expiresAt: later, usedAt: earlier }, false],
    ["expired", { expiresAt: earlier, usedAt: null }, false],
    ["expiring this very moment", { expiresAt: now, usedAt: null }, false],
    ["unknown", null, false],
  ] as const)("is usable when %s: %s", (_, reset, usable) => {
    expect(passwordResetUsable(reset, now)).toBe(usable);
  });

  it("lives under /reset-password/", () => {
    expect(passwordResetPath("abc")).toBe("/reset-password/abc");
  });
});

describe("the forms", () => {
  it("take the email as sign-up does: trimmed and lower-cased", () => {
    expect(requestPasswordResetInput.parse({ email: " Alice@Example.COM " })).toEqual({ email: "alice@example.com" });
    expect(requestPasswordResetInput.safeParse({ email: "alice" }).success).toBe(false);
  });

  it("hold a new password to the sign-up rule", () => {
    expect(completePasswordResetInput.safeParse({ token: "t", newPassword: "123456789" }).error?.issues[0]?.message).toBe(
      "Use at least 10 characters.",
    );
    expect(completePasswordResetInput.safeParse({ token: "t", newPassword: "1234567890" }).success).toBe(true);
    expect(completePasswordResetInput.safeParse({ token: "t", newPassword: "x".repeat(201) }).success).toBe(false);
  });
});
