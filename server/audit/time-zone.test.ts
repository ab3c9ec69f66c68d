import { describe, expect, it } from "vitest";
import { dateRange, startOfDay } from "./time-zone";

describe("date ranges", () => {
  it("start a day at midnight in the person's time zone", () => {
    expect(startOfDay("2025-03-11", "UTC").toISOString()).toBe("2025-03-11T00:00:00.000Z");
    expect(startOfDay("2025-03-11", "Asia/Shanghai").toISOString()).toBe("2025-03-10T16:00:00.000Z");
    expect(startOfDay("2025-03-11", "America/New_York").toISOString()).toBe("2025-03-11T04:00:00.000Z");
    expect(startOfDay("2025-12-31", "UTC", 1).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("follow daylight saving time", () => {
    // New York moved its clocks forward on 9 March 2025: that day has 23 hours.
    expect(startOfDay("2025-03-09", "America/New_York").toISOString()).toBe("2025-03-09T05:00:00.000Z");
    expect(startOfDay("2025-03-09", "America/New_York", 1).toISOString()).toBe("2025-03-10T04:00:00.000Z");
  });

  it("include both days of a range", () => {
    expect(dateRange({ from: "2025-03-01", to: "2025-03-31", timeZone: "UTC" })).toEqual({
      gte: new Date("2025-03-01T00:00:00.000Z"),
      lt: new Date("2025-04-01T00:00:00.000Z"),
    });
    expect(dateRange({ to: "2025-03-31", timeZone: "UTC" })).toEqual({ lt: new Date("2025-04-01T00:00:00.000Z") });
    expect(dateRange({ timeZone: "UTC" })).toBeUndefined();
  });
});
