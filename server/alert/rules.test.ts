import { describe, expect, it } from "vitest";
import { alertRuleFields, conditionHolds, describeCondition, formatMetricValue, retryDelayMs } from "./rules";

const VALID = {
  name: "Busy",
  metric: "VERIFICATIONS",
  window: "LAST_HOUR",
  threshold: 100,
  channel: "WEBHOOK",
  webhookUrl: "https://hooks.example.com/x",
};
const errorsOf = (input: object) => {
  const result = alertRuleFields.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("alert rule fields", () => {
  it("accepts a valid rule and fills in the defaults", () => {
    expect(alertRuleFields.parse(VALID)).toMatchObject({ sceneId: null, enabled: true, webhookFormat: "GENERIC", recipientUserIds: [] });
  });

  it("bounds the threshold to 1–99,999, and a rate to 100", () => {
    expect(errorsOf({ ...VALID, threshold: 0 }).threshold).toBe("Enter a whole number from 1 to 99,999.");
    expect(errorsOf({ ...VALID, threshold: 100_000 }).threshold).toBe("Enter a whole number from 1 to 99,999.");
    expect(errorsOf({ ...VALID, threshold: 2.5 }).threshold).toBe("Enter a whole number from 1 to 99,999.");
    expect(errorsOf({ ...VALID, threshold: 99_999 })).toEqual({});
    expect(errorsOf({ ...VALID, metric: "INTERCEPTION_RATE", threshold: 101 }).threshold).toMatch(/^A rate is a percentage/);
    expect(errorsOf({ ...VALID, metric: "INTERCEPTION_RATE", threshold: 100 })).toEqual({});
  });

  it("needs recipients for email and an http(s) URL for a webhook", () => {
    expect(errorsOf({ ...VALID, channel: "EMAIL" }).recipientUserIds).toBe("Choose at least one member to email.");
    expect(errorsOf({ ...VALID, webhookUrl: "" }).webhookUrl).toBe("Enter the URL to send notifications to.");
    expect(errorsOf({ ...VALID, webhookUrl: "ftp://example.com" }).webhookUrl).toMatch(/^Enter an http:\/\/ or https:\/\/ URL/);
    expect(errorsOf({ ...VALID, webhookUrl: "https://user:pw@example.com" }).webhookUrl).toMatch(/without a user name or password/);
  });

  it("needs a name, a metric and a window from the lists", () => {
    expect(errorsOf({ ...VALID, name: "  " }).name).toBe("Enter a name.");
    expect(errorsOf({ ...VALID, metric: "CPU" }).metric).toBe("Choose a metric.");
    expect(errorsOf({ ...VALID, window: "LAST_WEEK" }).window).toBe("Choose a time window.");
  });
});

describe("conditions and notifications", () => {
  it("holds from the threshold on", () => {
    expect(conditionHolds(99, 100)).toBe(false);
    expect(conditionHolds(100, 100)).toBe(true);
  });

  it("reads like the console", () => {
    expect(describeCondition({ metric: "INTERCEPTION_RATE", window: "LAST_24_HOURS", threshold: 30 })).toBe(
      "Interception Rate ≥ 30% over the last 24 hours",
    );
    expect(formatMetricValue("INTERCEPTION_RATE", 33.333)).toBe("33.3%");
    expect(formatMetricValue("INTERCEPTED", 12)).toBe("12");
  });

  it("retries after 1, 2, 4, 8, 16 minutes", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 960_000]);
  });
});
