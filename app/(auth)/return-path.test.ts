import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the page to return to after signing in", () => {
  it.each(["/scenarios?page=2", "/scenarios/abc/guide#server", "/audit-log?actor=a%40b.c"])("keeps %j on this site", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\t\\evil.example",
    "/ /evil.example",
    "/\u00a0/evil.example",
    "\t//evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "javascript:alert(1)",
    "",
    undefined,
    "/sign-in",
    "/sign-up?callbackUrl=//evil.example",
  ])("falls back to the overview for %j", (value) => {
    expect(safeReturnPath(value)).toBe("/overview");
  });
});
