import { describe, expect, it } from "vitest";
import { oidcConfig, oidcOnly, signInOptions } from "./config";

const complete = { OIDC_ISSUER: "https://id.example.com/", OIDC_CLIENT_ID: "console", OIDC_CLIENT_SECRET: "s3cret" };

describe("single sign-on settings", () => {
  it("are on only with issuer, client id and client secret", () => {
    expect(oidcConfig(complete)).toEqual({
      issuer: "https://id.example.com",
      clientId: "console",
      clientSecret: "s3cret",
      displayName: "SSO",
    });
    expect(oidcConfig({ ...complete, OIDC_DISPLAY_NAME: " Okta " })?.displayName).toBe("Okta");
    for (const missing of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) {
      expect(oidcConfig({ ...complete, [missing]: " " })).toBeNull();
    }
  });

  it("turn password sign-in off with OIDC_ONLY=true or 1", () => {
    expect(oidcOnly({ OIDC_ONLY: "true" })).toBe(true);
    expect(oidcOnly({ OIDC_ONLY: "1" })).toBe(true);
    expect(oidcOnly({ OIDC_ONLY: "false" })).toBe(false);
    expect(oidcOnly({})).toBe(false);
  });

  it("tell the sign-in page what to offer, without the secret", () => {
    expect(signInOptions({ ...complete, OIDC_DISPLAY_NAME: "Okta", OIDC_ONLY: "true" })).toEqual({ sso: "Okta", password: false });
    expect(signInOptions({})).toEqual({ sso: null, password: true });
  });
});
