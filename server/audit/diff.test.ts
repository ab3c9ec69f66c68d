import { describe, expect, it } from "vitest";
import { auditFieldLabel, diffEntry, formatAuditValue } from "./diff";

const scenario = {
  name: "login",
  sceneId: "abcd1234",
  integrationMethod: "WEB_H5",
  verificationType: "SLIDER",
  additionalChallenge: null,
  ruleStatus: "TEST_MODE",
  testResult: "PASS_VERIFICATION",
  ruleEffectiveAt: null,
};

describe("diffEntry", () => {
  it("lists changed fields with their labels and omits the unchanged ones", () => {
    const after = { ...scenario, name: "checkout", verificationType: "PUZZLE" };
    expect(diffEntry(scenario, after)).toEqual([
      { key: "name", field: "Scenario Name", change: "changed", before: "login", after: "checkout" },
      { key: "verificationType", field: "Verification Type", change: "changed", before: "SLIDER", after: "PUZZLE" },
    ]);
  });

  it("shows a field that got a value as added, and one that lost it as removed", () => {
    const after = { ...scenario, ruleStatus: "OFFICIAL_RELEASE", testResult: null, ruleEffectiveAt: "2025-01-01T10:05:00.000Z" };
    expect(diffEntry(scenario, after)).toEqual([
      { key: "ruleStatus", field: "Rule Status", change: "changed", before: "TEST_MODE", after: "OFFICIAL_RELEASE" },
      { key: "testResult", field: "Test Result", change: "removed", before: "PASS_VERIFICATION", after: null },
      { key: "ruleEffectiveAt", field: "Rule Takes Effect At", change: "added", before: null, after: "2025-01-01T10:05:00.000Z" },
    ]);
  });

  it("treats a missing key like null, so a create lists only the fields it set", () => {
    const rows = diffEntry(null, scenario);
    expect(rows.map((row) => row.key)).toEqual(["name", "sceneId", "integrationMethod", "verificationType", "ruleStatus", "testResult"]);
    expect(rows.every((row) => row.change === "added" && row.before === null)).toBe(true);
    expect(diffEntry({ a: 1 }, { a: 1, b: null })).toEqual([]);
  });

  it("lists everything a delete removed", () => {
    const rows = diffEntry(scenario, undefined);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.change === "removed" && row.after === null)).toBe(true);
  });

  it("finds nothing when nothing changed", () => {
    expect(diffEntry(scenario, { ...scenario })).toEqual([]);
    expect(diffEntry(null, null)).toEqual([]);
  });

  it("puts known fields in the console's order, whatever order the database kept, and unknown ones after", () => {
    const stored = { testResult: "PASS_VERIFICATION", extra: 1, name: "login", ruleStatus: "TEST_MODE", sceneId: "abcd1234" };
    expect(diffEntry(null, stored).map((row) => row.key)).toEqual(["name", "sceneId", "ruleStatus", "testResult", "extra"]);
  });

  it("compares nested values by their JSON, whatever the key order", () => {
    const before = { limits: { hourly: 10, daily: 100 }, tags: ["a", "b"] };
    expect(diffEntry(before, { limits: { daily: 100, hourly: 10 }, tags: ["a", "b"] })).toEqual([]);
    expect(diffEntry(before, { limits: { hourly: 10, daily: 200 }, tags: ["b", "a"] })).toEqual([
      { key: "limits", field: "limits", change: "changed", before: before.limits, after: { hourly: 10, daily: 200 } },
      { key: "tags", field: "tags", change: "changed", before: ["a", "b"], after: ["b", "a"] },
    ]);
  });

  it("shows unknown keys as they are and labels a key by its target where it differs", () => {
    const rows = diffEntry({ owner: "a@x.com", "b@x.com": "MEMBER" }, { owner: "b@x.com", "a@x.com": "ADMIN" });
    expect(rows.map((row) => [row.field, row.change])).toEqual([
      ["Owner", "changed"],
      ["b@x.com", "removed"],
      ["a@x.com", "added"],
    ]);
    expect(diffEntry(null, { name: "Acme" }, "organization")[0].field).toBe("Organization Name");
    expect(auditFieldLabel("name", "scenario")).toBe("Scenario Name");
  });

  it("treats a snapshot that is not an object as one value", () => {
    expect(diffEntry("old", "new")).toEqual([{ key: "value", field: "value", change: "changed", before: "old", after: "new" }]);
  });
});

describe("formatAuditValue", () => {
  it.each([
    ["verificationType", "PUZZLE", "Puzzle Verification"],
    ["additionalChallenge", "ONE_CLICK", "One-click CAPTCHA"],
    ["integrationMethod", "WEBVIEW_H5", "Webview+H5 (for App/miniapp Integration)"],
    ["ruleStatus", "TEST_MODE", "Test Mode"],
    ["testResult", "FAIL_INVISIBLE", "Fail Invisible CAPTCHA"],
    ["role", "ADMIN", "Admin"],
    ["name", "TEST_MODE", "TEST_MODE"],
    ["ruleStatus", "SOMETHING_NEW", "SOMETHING_NEW"],
    ["blockEmulatedDevices", true, "Yes"],
    ["blockEmulatedDevices", false, "No"],
    ["ipHourlyLimit", 4000, "4000"],
    ["testResult", null, ""],
    ["limits", { b: 2, a: 1 }, '{"a":1,"b":2}'],
  ] as const)("%s %j shows as %j", (key, value, shown) => {
    expect(formatAuditValue(key, value)).toBe(shown);
  });

  it("never reads inherited properties as labels", () => {
    expect(formatAuditValue("role", "toString")).toBe("toString");
  });
});
