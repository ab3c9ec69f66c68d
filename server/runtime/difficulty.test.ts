import { describe, expect, it } from "vitest";
import { ADDRESS_QUIET_PER_MINUTE, BASE_DIFFICULTY, DifficultyGauge, MAX_MULTIPLIER, pressureMultiplier } from "./difficulty";
import { TrafficMeter } from "./traffic";

describe("traffic over the last minute", () => {
  it("slides in ten-second steps and forgets what is older than a minute", () => {
    const meter = new TrafficMeter();
    const t0 = 1_000_000_000_000;
    for (let i = 0; i < 10; i++) meter.hit("a", t0 + i * 1000);
    expect(meter.perMinute("a", t0 + 10_000)).toBe(10);
    expect(meter.perMinute("a", t0 + 55_000)).toBe(10);
    expect(meter.perMinute("a", t0 + 75_000)).toBe(0);
    expect(meter.perMinute("unknown", t0)).toBe(0);
  });

  it("keeps at most its number of keys", () => {
    const meter = new TrafficMeter(100);
    for (let i = 0; i < 1000; i++) meter.hit(`address-${i}`, 0);
    expect((meter as unknown as { counters: Map<string, unknown> }).counters.size).toBeLessThanOrEqual(100);
  });
});

describe("variable difficulty", () => {
  it("doubles the work with every doubling of traffic above the quiet level, up to a cap", () => {
    expect(pressureMultiplier(0, 20)).toBe(1);
    expect(pressureMultiplier(20, 20)).toBe(1);
    expect(pressureMultiplier(21, 20)).toBe(2);
    expect(pressureMultiplier(80, 20)).toBe(4);
    expect(pressureMultiplier(1e9, 20)).toBe(MAX_MULTIPLIER);
  });

  it("Attack and Defense Mode asks for at least five times Basic's work", () => {
    const work = (mode: "BASIC" | "ATTACK_AND_DEFENSE") => BASE_DIFFICULTY[mode].count * BASE_DIFFICULTY[mode].max;
    expect(work("ATTACK_AND_DEFENSE")).toBeGreaterThanOrEqual(5 * work("BASIC"));
  });

  it("rises when one address surges and falls back when it calms", () => {
    const gauge = new DifficultyGauge();
    const t0 = 1_000_000_000_000;
    let last = gauge.difficultyFor("BASIC", "scenario", "203.0.113.1", t0);
    expect(last.multiplier).toBe(1);
    for (let i = 0; i < ADDRESS_QUIET_PER_MINUTE * 8; i++) last = gauge.difficultyFor("BASIC", "scenario", "203.0.113.1", t0 + i * 100);
    expect(last.multiplier).toBeGreaterThanOrEqual(8);
    expect(last.max).toBe(BASE_DIFFICULTY.BASIC.max * last.multiplier);
    // Someone else at the same time, on another customer's page, is not affected by that address.
    expect(gauge.difficultyFor("BASIC", "another", "198.51.100.7", t0 + 20_000).multiplier).toBe(1);
    // Two quiet minutes later, the address is back to the base.
    expect(gauge.difficultyFor("BASIC", "scenario", "203.0.113.1", t0 + 140_000).multiplier).toBe(1);
  });

  it("rises when a scenario's traffic jumps far above its usual level, spread over many addresses", () => {
    const gauge = new DifficultyGauge();
    const t0 = 1_000_000_000_000;
    // A usual half hour: 60 a minute.
    for (let minute = 0; minute < 30; minute++) {
      for (let i = 0; i < 60; i++) gauge.difficultyFor("BASIC", "signup", `10.0.${minute}.${i}`, t0 + minute * 60_000 + i * 1000);
    }
    const before = gauge.difficultyFor("BASIC", "signup", "10.1.0.1", t0 + 30 * 60_000);
    expect(before.multiplier).toBe(1);
    let during = before;
    for (let i = 0; i < 2000; i++) during = gauge.difficultyFor("BASIC", "signup", `10.2.${i >> 8}.${i & 255}`, t0 + 30 * 60_000 + i * 20);
    expect(during.multiplier).toBeGreaterThanOrEqual(8);
    const after = gauge.difficultyFor("BASIC", "signup", "10.3.0.1", t0 + 33 * 60_000);
    expect(after.multiplier).toBe(1);
  });
});
