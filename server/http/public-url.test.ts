import { afterEach, describe, expect, it, vi } from "vitest";
import { publicBaseUrl } from "./public-url";

describe("the public base URL", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is NEXTAUTH_URL when it is configured, without trailing slashes, whatever the request says", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://captcha.example.com/");
    expect(publicBaseUrl(new Headers({ host: "internal:3000" }))).toBe("https://captcha.example.com");
    expect(publicBaseUrl()).toBe("https://captcha.example.com");
  });

  it("otherwise is the address the browser used, through a proxy or not", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(publicBaseUrl(new Headers({ host: "localhost:3200" }))).toBe("http://localhost:3200");
    expect(
      publicBaseUrl(new Headers({ host: "internal:3000", "x-forwarded-host": "captcha.example.com", "x-forwarded-proto": "https,http" })),
    ).toBe("https://captcha.example.com");
  });

  it("without a request, is the address NextAuth assumes", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(publicBaseUrl()).toBe("http://localhost:3000");
  });
});
