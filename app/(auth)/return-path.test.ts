import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the page to return to after signing in", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/scenarios?page=2")).toBe("/scenarios?page=2");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, "/sign-in"])(
    "falls back to the overview for %j",
    (value) => {
      expect(safeReturnPath(value)).toBe("/overview");
    },
  );
});
