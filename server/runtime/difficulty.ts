import type { PolicyMode } from "../policy/rules";
import type { PowDifficulty } from "./pow";
import { TrafficMeter } from "./traffic";

/**
 * How much proof of work an initialization asks for. The policy mode sets the base (Attack and
 * Defense Mode asks for six times Basic's work), and the base rises with traffic, as in
 * mCaptcha's variable difficulty: a person on a quiet day pays almost nothing, a flood pays a
 * lot. Two pressures are measured over the last minute, in this process:
 * - per client address: one address asking for many challenges (a script in a loop, or a busy
 *   office NAT, which pays a little more too);
 * - per scenario: the scenario's traffic jumping well above its own recent level (a campaign
 *   against one sign-in page spread over many addresses).
 * Each instance measures its own share of the traffic; behind a load balancer a surge shows on
 * every instance, so the difficulty rises everywhere.
 */
export const BASE_DIFFICULTY: Record<PolicyMode, PowDifficulty> = {
  // Calibrated in Chromium with scripts/bench/pow-browser.ts (README, "Proof of work"): a median of
  // 200,000 hashes, about 0.4 s on a desktop and 0.6 s with the CPU throttled 4x (a low-end phone).
  BASIC: { count: 10, max: 40_000 },
  // Six times Basic's work: one to three seconds for a person, six times the cost for a flood.
  ATTACK_AND_DEFENSE: { count: 20, max: 120_000 },
};

/** Above this many initializations a minute from one address, each doubling doubles the work. */
export const ADDRESS_QUIET_PER_MINUTE = 20;
/** A scenario is surging when its last minute is this many times its usual minute… */
export const SCENARIO_SURGE_FACTOR = 4;
/** …and above this many initializations a minute (small scenarios fluctuate). */
export const SCENARIO_QUIET_PER_MINUTE = 120;
export const MAX_MULTIPLIER = 32;

/** 1 up to `quiet`, then doubling with every doubling of `rate`, capped. */
export function pressureMultiplier(rate: number, quiet: number): number {
  if (rate <= quiet) return 1;
  return Math.min(MAX_MULTIPLIER, 2 ** Math.ceil(Math.log2(rate / quiet)));
}

export class DifficultyGauge {
  private byAddress = new TrafficMeter();
  private byScenario = new TrafficMeter(10_000);
  /** Each scenario's usual initializations per minute (a slow moving average). */
  private usual = new Map<string, { perMinute: number; at: number }>();

  /** Counts this initialization and returns the work to ask of it. */
  difficultyFor(mode: PolicyMode, scenarioId: string, clientAddress: string, now = Date.now()): PowDifficulty & { multiplier: number } {
    const addressRate = this.byAddress.hit(clientAddress, now);
    const scenarioRate = this.byScenario.hit(scenarioId, now);
    const usual = this.usualRate(scenarioId, scenarioRate, now);
    const multiplier = Math.min(
      MAX_MULTIPLIER,
      pressureMultiplier(addressRate, ADDRESS_QUIET_PER_MINUTE) *
        pressureMultiplier(scenarioRate, Math.max(SCENARIO_QUIET_PER_MINUTE, usual * SCENARIO_SURGE_FACTOR)),
    );
    const base = BASE_DIFFICULTY[mode];
    return { count: base.count, max: Math.round(base.max * multiplier), multiplier };
  }

  /** An average over about half an hour, updated at most every ten seconds, so a surge does not become "usual" at once. */
  private usualRate(scenarioId: string, rate: number, now: number): number {
    const previous = this.usual.get(scenarioId);
    if (!previous) {
      this.usual.set(scenarioId, { perMinute: 0, at: now });
      return 0;
    }
    if (now - previous.at >= 10_000) {
      const weight = Math.min(1, (now - previous.at) / 1_800_000);
      previous.perMinute += (rate - previous.perMinute) * weight;
      previous.at = now;
    }
    return previous.perMinute;
  }
}
