import { describe, expect, it } from "vitest";
import { CUSTOM_POLICY } from "../test/policy-settings";
import {
  DEFAULT_POLICY,
  POLICY_MESSAGES,
  policySettingsSchema,
  previousSnapshot,
  restoreDefaultInput,
  savePolicyInput,
  settingsInForce,
  supportsCustomPolicy,
  type PolicySettings,
  type StoredPolicy,
} from "./rules";

const valid = CUSTOM_POLICY;

/** The field errors a form would show, as the tRPC error formatter builds them. */
function fieldErrors(input: unknown) {
  const result = policySettingsSchema.safeParse(input);
  if (result.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return fields;
}

describe("the defaults", () => {
  it("are the documented values", () => {
    expect(DEFAULT_POLICY).toEqual({
      mode: "BASIC",
      urlVerification: null,
      ipHourlyLimit: 4_000,
      ipDailyLimit: 10_000,
      deviceHourlyLimit: 150,
      deviceDailyLimit: 400,
      blockEmulatedDevices: true,
      blockSimulatedClicks: false,
    });
  });

  it("pass the rules themselves and cannot be changed by accident", () => {
    expect(policySettingsSchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe("the limits", () => {
  const LIMITS = ["ipHourlyLimit", "ipDailyLimit", "deviceHourlyLimit", "deviceDailyLimit"] as const;

  it.each(LIMITS)("%s accepts 1 and 999,999,999", (field) => {
    // Hourly at the top needs daily at the top too; daily at the bottom needs hourly at the bottom.
    const hourly = field.replace("Daily", "Hourly") as (typeof LIMITS)[number];
    const daily = field.replace("Hourly", "Daily") as (typeof LIMITS)[number];
    expect(fieldErrors({ ...valid, [hourly]: 1, [daily]: 1 })).toEqual({});
    expect(fieldErrors({ ...valid, [hourly]: 999_999_999, [daily]: 999_999_999 })).toEqual({});
  });

  it.each(
    LIMITS.flatMap((field) =>
      [0, -1, 1_000_000_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "100", null].map((value) => [field, value] as const),
    ),
  )("%s refuses %s", (field, value) => {
    expect(fieldErrors({ ...valid, [field]: value })[field]).toEqual([POLICY_MESSAGES.limitRange]);
  });

  it("says the range in the message", () => {
    expect(POLICY_MESSAGES.limitRange).toBe("Enter a whole number from 1 to 999,999,999.");
  });
});

describe("daily against hourly", () => {
  it("refuses a daily limit below the hourly one, on the daily field", () => {
    expect(fieldErrors({ ...valid, ipHourlyLimit: 500, ipDailyLimit: 499 })).toEqual({ ipDailyLimit: [POLICY_MESSAGES.dailyBelowHourly] });
    expect(fieldErrors({ ...valid, deviceHourlyLimit: 20, deviceDailyLimit: 19 })).toEqual({
      deviceDailyLimit: [POLICY_MESSAGES.dailyBelowHourly],
    });
    expect(POLICY_MESSAGES.dailyBelowHourly).toBe("The daily limit cannot be lower than the hourly limit.");
  });

  it("accepts a daily limit equal to the hourly one", () => {
    expect(fieldErrors({ ...valid, ipHourlyLimit: 500, ipDailyLimit: 500, deviceHourlyLimit: 7, deviceDailyLimit: 7 })).toEqual({});
  });

  it("is reported together with a mistake in another field", () => {
    expect(fieldErrors({ ...valid, ipHourlyLimit: 500, ipDailyLimit: 1, deviceHourlyLimit: 0 })).toEqual({
      deviceHourlyLimit: [POLICY_MESSAGES.limitRange],
      ipDailyLimit: [POLICY_MESSAGES.dailyBelowHourly],
    });
  });

  it("is not claimed when one of the two is itself invalid", () => {
    expect(fieldErrors({ ...valid, ipHourlyLimit: 500, ipDailyLimit: 0 })).toEqual({ ipDailyLimit: [POLICY_MESSAGES.limitRange] });
  });
});

describe("URL Verification", () => {
  it("is optional: empty, blank, null or missing means no check", () => {
    for (const urlVerification of ["", "   ", null, undefined]) {
      expect(policySettingsSchema.parse({ ...valid, urlVerification }).urlVerification).toBeNull();
    }
  });

  it("is trimmed and accepts up to 255 characters", () => {
    expect(policySettingsSchema.parse({ ...valid, urlVerification: "  www.abc.com  " }).urlVerification).toBe("www.abc.com");
    expect(fieldErrors({ ...valid, urlVerification: "a".repeat(255) })).toEqual({});
    expect(fieldErrors({ ...valid, urlVerification: "中".repeat(255) })).toEqual({});
  });

  it("refuses 256 characters and anything that is not text", () => {
    expect(fieldErrors({ ...valid, urlVerification: "a".repeat(256) })).toEqual({ urlVerification: [POLICY_MESSAGES.urlTooLong] });
    expect(POLICY_MESSAGES.urlTooLong).toBe("Use at most 255 characters.");
    expect(Object.keys(fieldErrors({ ...valid, urlVerification: 42 }))).toEqual(["urlVerification"]);
  });
});

describe("mode and switches", () => {
  it("accepts the two modes and refuses anything else", () => {
    expect(fieldErrors({ ...valid, mode: "BASIC" })).toEqual({});
    expect(fieldErrors({ ...valid, mode: "ATTACK_AND_DEFENSE" })).toEqual({});
    for (const mode of ["STRICT", "basic", "", null]) {
      expect(fieldErrors({ ...valid, mode })).toEqual({ mode: [POLICY_MESSAGES.modeInvalid] });
    }
  });

  it("needs real booleans for the switches", () => {
    expect(fieldErrors({ ...valid, blockEmulatedDevices: "true" })).toEqual({ blockEmulatedDevices: [POLICY_MESSAGES.switchInvalid] });
    expect(fieldErrors({ ...valid, blockSimulatedClicks: 1 })).toEqual({ blockSimulatedClicks: [POLICY_MESSAGES.switchInvalid] });
  });
});

describe("save and restore inputs", () => {
  it("name the scenario and the version the editor started from", () => {
    expect(savePolicyInput.safeParse({ ...valid, sceneId: "abcd1234", version: 0 }).success).toBe(true);
    expect(savePolicyInput.safeParse({ ...valid, sceneId: "abcd1234", version: -1 }).success).toBe(false);
    expect(savePolicyInput.safeParse({ ...valid, sceneId: "ABCD", version: 1 }).success).toBe(false);
    expect(savePolicyInput.safeParse({ ...valid, sceneId: "abcd1234" }).success).toBe(false);
    expect(restoreDefaultInput.safeParse({ sceneId: "abcd1234", version: 3 }).success).toBe(true);
  });

  it("apply the daily rule to a save too", () => {
    const result = savePolicyInput.safeParse({ ...valid, ipHourlyLimit: 10, ipDailyLimit: 9, sceneId: "abcd1234", version: 1 });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["ipDailyLimit", POLICY_MESSAGES.dailyBelowHourly],
    ]);
  });
});

describe("the WeChat rule", () => {
  it("allows custom policies for every method except the WeChat Mini Program Native Plugin", () => {
    expect(supportsCustomPolicy("WEB_H5")).toBe(true);
    expect(supportsCustomPolicy("WEBVIEW_H5")).toBe(true);
    expect(supportsCustomPolicy("WECHAT_NATIVE_PLUGIN")).toBe(false);
    expect(POLICY_MESSAGES.notSupported).toBe(
      "Custom policies are not supported for the WeChat Mini Program Native Plugin integration method.",
    );
  });
});

describe("settingsInForce", () => {
  const changedAt = new Date("2026-01-01T10:00:00Z");
  const effectiveAt = new Date("2026-01-01T10:05:00Z");
  const before = new Date("2026-01-01T10:04:59.999Z");
  const stored = (overrides: Partial<StoredPolicy>): StoredPolicy => ({
    ...valid,
    isCustom: true,
    previousSettings: null,
    effectiveAt,
    ...overrides,
  });

  it("is the defaults when nothing is stored", () => {
    expect(settingsInForce(null, changedAt)).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
  });

  it("keeps the defaults until a first custom policy takes effect, then applies it", () => {
    const first = stored({ previousSettings: null });
    expect(settingsInForce(first, changedAt)).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
    expect(settingsInForce(first, before)).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
    expect(settingsInForce(first, effectiveAt)).toEqual({ policyType: "CUSTOM", settings: valid });
  });

  it("keeps the previous custom settings until a change takes effect", () => {
    const previous = { ...valid, mode: "BASIC", ipHourlyLimit: 7 } satisfies PolicySettings;
    const changed = stored({ previousSettings: previous });
    expect(settingsInForce(changed, before)).toEqual({ policyType: "CUSTOM", settings: previous });
    expect(settingsInForce(changed, new Date("2026-01-02T00:00:00Z"))).toEqual({ policyType: "CUSTOM", settings: valid });
  });

  it("keeps a custom policy until Restore Default takes effect, then the defaults (not the stored columns)", () => {
    const restored = stored({ isCustom: false, ipHourlyLimit: 1, previousSettings: valid });
    expect(settingsInForce(restored, before)).toEqual({ policyType: "CUSTOM", settings: valid });
    expect(settingsInForce(restored, effectiveAt)).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
  });

  it("treats a previous snapshot that breaks the rules as the defaults", () => {
    const broken = stored({ previousSettings: { ...valid, ipHourlyLimit: 0 } });
    expect(settingsInForce(broken, before)).toEqual({ policyType: "DEFAULT", settings: DEFAULT_POLICY });
  });

  it("gives a snapshot of what was in force, null for the defaults", () => {
    expect(previousSnapshot({ policyType: "CUSTOM", settings: valid })).toEqual(valid);
    expect(previousSnapshot({ policyType: "DEFAULT", settings: { ...DEFAULT_POLICY } })).toBeNull();
  });
});
