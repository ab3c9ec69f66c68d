import { DECISIVE, EvidenceList } from "./evidence";
import { keyPresses, largestTimeReversal, type RawEvent } from "./events";
import { mean, standardDeviation } from "./stats";

/**
 * The keyboard path (accessibility: never removed, judged on its own terms). A keyboard user
 * tabs to the control, taps keys tens to hundreds of ms apart with a tempo that wanders, or holds
 * a key and lets the system repeat it (one press, the repeat delay, then a steady rate), looks,
 * and presses Enter. A script presses at an exact interval or as fast as it can.
 *
 * The timing of a handful of presses carries little evidence: a script that waits a random
 * human-like time between presses is hard to tell apart (see the tests). The keyboard path gets
 * the same proof of work and answer check as everyone; this scorer only removes the naive scripts.
 */

export interface KeyboardFeatures {
  presses: number;
  firstKeyMs: number;
  /** Intervals between presses up to (not including) Enter. */
  intervals: number[];
  /** Presses that are a held key's auto-repeat (after a repeat delay, at a steady rate). */
  repeats: number;
  /** Intervals between presses that are not auto-repeat (taps). */
  tapIntervals: number[];
  /** Presses under 60 ms apart that are not explained by a held key. */
  unexplainedFast: number;
  /** Intervals under 15 ms between presses. */
  instant: number;
  /** Time from the last key to Enter (null without Enter). */
  beforeEnterMs: number | null;
  hasEnter: boolean;
  timeReversalMs: number;
}

/** The shortest repeat delay an OS offers is about 200 ms; repeat periods run 15-120 ms. */
const REPEAT_DELAY_MS = 180;
const REPEAT_PERIOD = [15, 120] as const;

export function keyboardFeatures(events: readonly RawEvent[]): KeyboardFeatures {
  const keys = keyPresses(events);
  const enterIndex = keys.findIndex(([, , key]) => key === "Enter" || key === " ");
  const hasEnter = enterIndex >= 0;
  const before = hasEnter ? keys.slice(0, enterIndex) : keys;
  const times = before.map(([, t]) => t);
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push(times[i] - times[i - 1]);

  // Auto-repeat: a press of the same key whose run began with the OS repeat delay (the first
  // repeat comes >= 180 ms after the press, the next ones at a steady 15-120 ms).
  const sameKey = (i: number, j: number) => before[i][2] === before[j][2] && before[i][3] === before[j][3];
  const fast = (gap: number) => gap >= REPEAT_PERIOD[0] && gap <= REPEAT_PERIOD[1];
  const repeat: boolean[] = before.map(() => false);
  let repeats = 0;
  let unexplainedFast = 0;
  let instant = 0;
  const tapIntervals: number[] = [];
  for (let i = 1; i < before.length; i++) {
    const gap = gaps[i - 1];
    if (gap < 15) instant++;
    if (sameKey(i, i - 1) && fast(gap) && repeat[i - 1]) repeat[i] = true;
    else if (sameKey(i, i - 1) && gap >= REPEAT_DELAY_MS && i + 1 < before.length && sameKey(i + 1, i) && fast(gaps[i])) repeat[i] = true;
    if (repeat[i]) {
      repeats++;
      continue;
    }
    tapIntervals.push(gap);
    // Nobody taps one key faster than about every 70 ms; faster presses must be a held key.
    if (gap >= 15 && gap < 60) unexplainedFast++;
  }
  return {
    presses: before.length,
    firstKeyMs: keys.length ? keys[0][1] : Infinity,
    intervals: gaps,
    repeats,
    tapIntervals,
    unexplainedFast,
    instant,
    beforeEnterMs: hasEnter && before.length > 0 ? keys[enterIndex][1] - before[before.length - 1][1] : null,
    hasEnter,
    timeReversalMs: largestTimeReversal(events),
  };
}

export function keyboardEvidence(f: KeyboardFeatures): EvidenceList {
  const list = new EvidenceList();
  if (f.presses === 0 && !f.hasEnter) return list.add("events.missing", DECISIVE);
  if (f.timeReversalMs > 5) list.add("events.time_reversed", 4);
  // Tabbing to the control and reading the instructions take a person well over 200 ms.
  list.tiered("keys.too_soon", [
    [f.firstKeyMs < 150, 3.5],
    [f.firstKeyMs < 300, 1.5],
  ]);
  if (f.instant > 0) list.add("keys.instant", Math.min(DECISIVE, 2.5 + f.instant));
  // Runs of fast presses that are not a held key's repeat: a loop without waits.
  if (f.unexplainedFast >= 2) list.add("keys.fast_regular", Math.min(4, 1 + f.unexplainedFast * 0.5));
  // Tapping: every press varies around the person's tempo.
  // The wait before Enter is one more interval a script's loop makes as exact as the others.
  const taps = f.beforeEnterMs !== null ? [...f.tapIntervals, f.beforeEnterMs] : f.tapIntervals;
  if (taps.length >= 3) {
    const cv = standardDeviation(taps) / Math.max(1, mean(taps));
    const spread = Math.max(...taps) - Math.min(...taps);
    list.tiered("keys.exact_intervals", [
      [spread < 1.5 && taps.length >= 5, 5],
      [spread < 1.5, 3.5],
      [taps.length >= 4 && cv < 0.04, 2.5],
      [taps.length >= 4 && cv < 0.08, 1],
    ]);
  }
  // Auto-repeat is steady but not perfect: timestamps of a timer-driven repeat still jitter.
  if (f.repeats >= 5) {
    const repeatGaps = f.intervals.filter((g) => g >= 15 && g <= 120);
    if (repeatGaps.length >= 5 && Math.max(...repeatGaps) - Math.min(...repeatGaps) < 0.15) list.add("keys.exact_intervals", 1.5);
  }
  if (f.beforeEnterMs !== null) {
    list.tiered("keys.instant_submit", [
      [f.beforeEnterMs < 60, 2.5],
      [f.beforeEnterMs < 150, 1],
    ]);
  } else if (!f.hasEnter) list.add("keys.no_submit", 1);
  return list;
}
