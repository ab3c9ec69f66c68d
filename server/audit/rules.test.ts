import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_VALUES, AUDIT_MESSAGES, auditActionLabel, listAuditEntriesInput } from "./rules";

describe("actions", () => {
  it("has a label for every action the services record", () => {
    // Every `action: "…"` literal written by a service must have a label here.
    const recorded = new Set<string>();
    for (const file of readdirSync("server", { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".ts") || file.includes(".test.") || file.startsWith("generated")) continue;
      const source = readFileSync(path.join("server", file), "utf8");
      for (const match of source.matchAll(/action: (?:[^"\n]*\?\s*)?"([a-zA-Z]+\.[a-zA-Z]+)"/g)) recorded.add(match[1]);
      for (const match of source.matchAll(/"((?:accessKey)\.(?:enable|disable|delete))"/g)) recorded.add(match[1]);
    }
    expect(recorded.size).toBeGreaterThan(10);
    expect([...recorded].filter((action) => !AUDIT_ACTION_VALUES.includes(action as never))).toEqual([]);
    const labels = AUDIT_ACTION_VALUES.map(auditActionLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(auditActionLabel("scenario.update")).toBe("Modify scenario");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });
});

describe("the listing filters", () => {
  const fieldErrors = (input: unknown) => {
    const result = listAuditEntriesInput.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("take a date range whose From is on or before its To", () => {
    expect(fieldErrors({ from: "2025-03-01", to: "2025-03-31" })).toEqual({});
    expect(fieldErrors({ from: "2025-03-01", to: "2025-03-01" })).toEqual({});
    expect(fieldErrors({ from: "2025-03-01" })).toEqual({});
    expect(fieldErrors({ to: "2025-03-01" })).toEqual({});
  });

  it("refuse a From after the To on the To field", () => {
    expect(fieldErrors({ from: "2025-03-02", to: "2025-03-01" })).toEqual({ to: AUDIT_MESSAGES.dateRange });
    expect(fieldErrors({ from: "2025-12-31", to: "2025-01-01" })).toEqual({ to: AUDIT_MESSAGES.dateRange });
  });

  it("refuse what is not a calendar date", () => {
    expect(fieldErrors({ from: "2025-02-30" })).toEqual({ from: AUDIT_MESSAGES.date });
    expect(fieldErrors({ to: "01/03/2025" })).toEqual({ to: AUDIT_MESSAGES.date });
    expect(fieldErrors({ from: "2025-03-01T00:00:00Z" })).toEqual({ from: AUDIT_MESSAGES.date });
  });

  it("take only known actions, Scenario IDs, time zones and at most 50 entries a page", () => {
    expect(fieldErrors({ action: "scenario.update" })).toEqual({});
    expect(Object.keys(fieldErrors({ action: "scenario.hack" }))).toEqual(["action"]);
    expect(Object.keys(fieldErrors({ sceneId: "ABC" }))).toEqual(["sceneId"]);
    expect(fieldErrors({ timeZone: "Mars/Olympus" })).toEqual({ timeZone: AUDIT_MESSAGES.timeZone });
    expect(fieldErrors({ pageSize: 50 })).toEqual({});
    expect(Object.keys(fieldErrors({ pageSize: 51 }))).toEqual(["pageSize"]);
    expect(Object.keys(fieldErrors({ page: 0 }))).toEqual(["page"]);
    expect(listAuditEntriesInput.parse({})).toEqual({ timeZone: "UTC", page: 1, pageSize: 20 });
  });
});
