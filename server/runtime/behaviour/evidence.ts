/**
 * How features become a score. Each feature that looks like a script adds weight (log-odds), each
 * that looks like a person may take a little away; the sum, on top of a prior that assumes a
 * person, goes through a logistic: 0 = clearly a person, 1 = clearly a script.
 *
 * Weights are sized so that something a person's hand cannot do (a 50 ms drag, a press off the
 * handle, 20 moves in 3 ms) is enough on its own, while something a person does now and then
 * (a y that happens not to move, very regular timestamps from a coarse clock) needs company.
 */

/** Every reason a score can give, with what it means. Codes are stable: callers may log or count them. */
export const REASONS = {
  "events.time_reversed": "timestamps run backwards by more than a frame",
  "events.too_soon": "the first action came before a person could have seen the challenge",
  "events.missing": "no press and release (or no keys) where the interaction needs them",

  "drag.too_fast": "the drag took less than 300 ms (tianai's rule)",
  "drag.too_few_points": "fewer than 10 moves during the drag (tianai's rule)",
  "drag.press_off_handle": "the press landed outside the handle (tianai: start far from the origin)",
  "drag.constant_y": "y never changed during the drag (tianai's rule)",
  "drag.linear_y": "y is an exact linear function of x",
  "drag.white_noise_y": "y jumps independently from point to point: noise added to a line, not a hand's drift",
  "drag.jump": "more than 50 units between two events a frame apart (tianai's rule)",
  "drag.teleport": "a step faster than any hand moves a pointer",
  "drag.no_slowdown": "the pointer does not slow down towards the end (tianai's rule)",
  "drag.constant_speed": "the speed hardly varies during the movement",
  "drag.no_acceleration": "full speed from the first event: no acceleration phase (an ease-out curve, a jump)",
  "drag.exact_grab": "pressed on the exact centre of the handle",
  "drag.instant_move": "moving in the same instant as the press",
  "drag.instant_release": "released while moving at speed",
  "drag.repeated_position": "moves at the same position as the event before: a timer firing, not a pointer moving",
  "drag.no_approach": "no pointer movement before the press (a mouse has to get to the handle)",

  "timing.burst": "events a fraction of a millisecond apart: dispatched by a program, not coalesced per frame",
  "timing.exact_intervals": "the same interval between events again and again",
  "timing.off_frame": "intervals spread evenly instead of clustering on the display's frame rhythm",

  "approach.teleport": "the pointer appeared at the target in one or two moves",
  "approach.jump_to_press": "the press is far from where the pointer last moved",
  "approach.straight": "the approach is a straight line to a pixel",
  "approach.no_slowdown": "the approach does not slow down before the press",
  "approach.no_acceleration": "the approach starts at full speed",
  "approach.constant_speed": "the approach moves at a constant speed",
  "approach.white_noise": "the approach's sideways deviation is independent noise",

  "press.outside_box": "the press landed outside the control",
  "press.exact_centre": "pressed on the exact centre of the control",
  "press.instant_release": "released within a few ms of the press",
  "press.short": "a press shorter than people's clicks",
  "press.no_approach": "no movement before the press",

  "keys.too_soon": "the first key came before a person could have reached the control",
  "keys.instant": "two presses a few ms apart",
  "keys.exact_intervals": "presses at exactly the same interval",
  "keys.fast_regular": "fast, regular presses that are not a held key's auto-repeat",
  "keys.instant_submit": "Enter right after the last move, with no time to look",
  "keys.no_submit": "no Enter: the keyboard path submits with Enter",

  "human.overshoot": "went past the target and came back (a person's correction)",
  "human.corrections": "the speed dips and rises again near the end (corrective submovements)",
} as const;

export type ReasonCode = keyof typeof REASONS;

export interface Evidence {
  code: ReasonCode;
  /** Log-odds: > 0 points to a script, < 0 to a person. */
  weight: number;
}

/** Weights that decide on their own (beyond anything the strict threshold needs). */
export const DECISIVE = 6;

/** Before any evidence: most attempts are people, and a missing feature must not condemn anyone. */
const PRIOR = -3;

export function combine(evidence: readonly Evidence[]): { score: number; reasons: ReasonCode[] } {
  let sum = PRIOR;
  for (const e of evidence) sum += e.weight;
  const score = 1 / (1 + Math.exp(-sum));
  // Reasons: what pointed to a script, strongest first.
  const reasons = evidence
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map((e) => e.code)
    .filter((code, i, all) => all.indexOf(code) === i);
  return { score: Math.round(score * 10_000) / 10_000, reasons };
}

/** A small builder so feature code reads as a list of rules. */
export class EvidenceList {
  readonly items: Evidence[] = [];
  add(code: ReasonCode, weight: number): this {
    if (weight !== 0) this.items.push({ code, weight });
    return this;
  }
  /** The first matching tier's weight: rule(code, [[condition, weight], ...]). */
  tiered(code: ReasonCode, tiers: readonly (readonly [boolean, number])[]): this {
    for (const [condition, weight] of tiers) if (condition) return this.add(code, weight);
    return this;
  }
}
