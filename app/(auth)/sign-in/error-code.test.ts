import { describe, expect, it } from "vitest";
import { signInErrorKey } from "./error-code";

describe("the sign-in page's error code", () => {
  it("names NextAuth's codes and the console's refusals, and nothing when there is none", () => {
    expect(signInErrorKey(undefined)).toBeUndefined();
    expect(signInErrorKey("")).toBeUndefined();
    expect(signInErrorKey("SsoEmailNotVerified")).toBe("SsoEmailNotVerified");
    expect(signInErrorKey(["OAuthCallback", "x"])).toBe("OAuthCallback");
    expect(signInErrorKey("PasswordSignInOff")).toBe("PasswordSignInOff");
  });

  it("gives the general words for any other code, never echoing it", () => {
    expect(signInErrorKey("<script>alert(1)</script>")).toBe("other");
    expect(signInErrorKey("toString")).toBe("other");
    expect(signInErrorKey("constructor")).toBe("other");
  });
});
