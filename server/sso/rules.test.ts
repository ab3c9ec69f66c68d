import { describe, expect, it } from "vitest";
import { decideSsoSignIn, ssoBlocks } from "./rules";

describe("the linking rule", () => {
  const facts = { linkedUserId: null, userWithEmail: null, email: "ana@example.com", emailVerified: true };

  it("signs a linked identity in to its account, whatever the email says now", () => {
    expect(decideSsoSignIn({ ...facts, linkedUserId: "u1", userWithEmail: "u2", emailVerified: false })).toEqual({
      kind: "signIn",
      userId: "u1",
    });
  });

  it("creates an account when no account has the email, verified or not", () => {
    expect(decideSsoSignIn(facts)).toEqual({ kind: "create" });
    expect(decideSsoSignIn({ ...facts, emailVerified: false })).toEqual({ kind: "create" });
  });

  it("links an existing account only when the provider says email_verified: true", () => {
    expect(decideSsoSignIn({ ...facts, userWithEmail: "u2" })).toEqual({ kind: "link", userId: "u2" });
    for (const emailVerified of [false, undefined, null, "true", 1, "yes"]) {
      expect(decideSsoSignIn({ ...facts, userWithEmail: "u2", emailVerified })).toEqual({ kind: "refuse", reason: "SsoEmailNotVerified" });
    }
  });

  it("refuses a new identity without a usable email", () => {
    expect(decideSsoSignIn({ ...facts, email: "" })).toEqual({ kind: "refuse", reason: "SsoEmailMissing" });
  });
});

describe("require single sign-on", () => {
  it("closes the organization to password sessions only, and only while single sign-on is configured", () => {
    expect(ssoBlocks({ requireSso: true, oidcConfigured: true, signInMethod: "password" })).toBe(true);
    expect(ssoBlocks({ requireSso: true, oidcConfigured: true, signInMethod: undefined })).toBe(true);
    expect(ssoBlocks({ requireSso: true, oidcConfigured: true, signInMethod: "oidc" })).toBe(false);
    expect(ssoBlocks({ requireSso: false, oidcConfigured: true, signInMethod: "password" })).toBe(false);
    expect(ssoBlocks({ requireSso: true, oidcConfigured: false, signInMethod: "password" })).toBe(false);
  });
});
