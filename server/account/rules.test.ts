import { describe, expect, it } from "vitest";
import { emailSchema, signUpInput } from "./rules";

describe("email", () => {
  it("is trimmed and lower-cased so uniqueness ignores case", () => {
    expect(emailSchema.parse("  Alice@Example.COM ")).toBe("alice@example.com");
  });

  it.each([
    ["", "Enter your email address."],
    ["alice", "Enter a valid email address, like name@example.com."],
    ["alice@", "Enter a valid email address, like name@example.com."],
    [`${"a".repeat(250)}@example.com`, "An email address has at most 254 characters."],
  ])("rejects %j with a clear message", (value, message) => {
    const result = emailSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("sign-up password", () => {
  it("needs at least 10 characters", () => {
    expect(signUpInput.safeParse({ email: "a@b.co", password: "123456789" }).success).toBe(false);
    expect(signUpInput.safeParse({ email: "a@b.co", password: "1234567890" }).success).toBe(true);
  });

  it("refuses oversized passwords", () => {
    expect(signUpInput.safeParse({ email: "a@b.co", password: "x".repeat(201) }).success).toBe(false);
  });
});
