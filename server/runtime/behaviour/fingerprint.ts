import { lastCompletedPress, keyPresses, type PointerEvent, type RawEvent } from "./events";
import type { InteractionKind } from "./score";

/**
 * Replay detection: short fingerprints of the NORMALISED path, remembered for accepted attempts
 * (rows inserted with ON CONFLICT DO NOTHING); an attempt sharing any string with a remembered
 * one is a replay.
 *
 * Normalisation removes what a replaying script changes for free:
 *  - x is measured from the press and divided by the total displacement (a drag replayed onto a
 *    new target by scaling x gives the same curve); for a press, x and y are measured from the
 *    press and divided by the length of the reach;
 *  - time is measured from the press (the reach's start) and divided by the duration (a shifted
 *    or uniformly stretched copy gives the same curve).
 *
 * Two curves over normalised time make up a fingerprint:
 *  - the shape: the mean of the held path over SHAPE_SLICES equal slices (averaging many events
 *    makes ±1 px noise on each small), quantised in buckets of SHAPE_BUCKET. A value within
 *    SHAPE_EDGE_MARGIN of a bucket edge could land on either side for a noisy copy, so it is also
 *    emitted with its neighbour (the MAX_UNCERTAIN nearest the edge: at most 2^MAX_UNCERTAIN
 *    variants), and all of it once more on a grid offset by half a bucket;
 *  - the rhythm: the share of the path's events before each of RHYTHM_POINTS fixed normalised
 *    times, in buckets of RHYTHM_BUCKET. It is exactly what a copy keeps (noise moves no event in
 *    time, a shift or stretch moves all of them alike) and it carries what the shape lacks: a
 *    person's drag is a sigmoid from 0 to 1 whose few free parameters would make two people's
 *    shapes collide, while the moments their frames were dispatched never repeat.
 * A copy that is re-timed (every event moved by a few ms) loses the rhythm and is not caught
 * here: the behaviour score and the one-time challenge are what stop it.
 *
 * Keyboard: the keys are dictated by the target and the timing is what is personal, so a
 * sequence is fingerprinted by its exact intervals in ms (what a replay of a recording keeps),
 * and only with at least MIN_KEY_INTERVALS of them: shorter sequences are too few bits for two
 * people never to share one, and a person must never be refused for someone else's timing.
 */

export const SHAPE_SLICES = 16;
/** Shape bucket in normalised units (1 = the whole displacement). */
export const SHAPE_BUCKET = 0.125;
/** Shape values closer than this to a bucket edge are emitted on both sides. */
export const SHAPE_EDGE_MARGIN = 0.035;
export const MAX_UNCERTAIN = 4;
export const RHYTHM_POINTS = 32;
export const RHYTHM_BUCKET = 0.02;
export const MIN_KEY_INTERVALS = 4;
/** Paths shorter than this (units or px) are too small to normalise. */
const MIN_DISPLACEMENT = 10;

/** cyrb53: a fast 53-bit hash, as 14 hex digits. Collisions are negligible at this scale. */
class Cyrb53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(code: number) {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
    return this;
  }
  text(text: string) {
    for (let i = 0; i < text.length; i++) this.add(text.charCodeAt(i));
    return this;
  }
  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
  }
}

const hash = (text: string) => new Cyrb53().text(text).digest();

/**
 * Mean of a held (step) signal over equal slices of [0, 1]: the value of each event holds until
 * the next one, as the pointer stays where it was reported until it moves again.
 */
function sliceMeans(times: readonly number[], values: readonly number[], bins: number): { means: number[]; events: number[] } {
  const sums = new Array<number>(bins).fill(0);
  // Sum of squared time weights per slice: 1 / that is how many events' noise averages out there.
  const squares = new Array<number>(bins).fill(0);
  for (let j = 0; j < times.length; j++) {
    const from = Math.max(0, times[j]);
    const to = Math.min(1, j + 1 < times.length ? times[j + 1] : 1);
    let t = from;
    for (let k = Math.floor(from * bins); t < to && k < bins; k++) {
      const end = Math.min(to, (k + 1) / bins);
      sums[k] += values[j] * (end - t);
      squares[k] += ((end - t) * bins) ** 2;
      t = end;
    }
  }
  return { means: sums.map((sum) => sum * bins), events: squares.map((q) => (q > 0 ? 1 / q : 1)) };
}

/**
 * Share of the events before each of `points - 1` equally spaced normalised times. An event within
 * RHYTHM_EDGE_MS of such a time could fall on either side in a copy whose timestamps were rounded
 * again (to the 0.1 ms the widget sends, after a shift), so its other count is kept as the
 * alternative. Wider would spend the variants on the rhythm that the shape needs.
 */
export const RHYTHM_EDGE_MS = 0.15;
function rhythm(times: readonly number[], points: number, durationMs: number): Curve {
  const sorted = [...times].sort((a, b) => a - b);
  const edge = RHYTHM_EDGE_MS / durationMs;
  const values: number[] = [];
  const alternatives: (number | undefined)[] = [];
  let before = 0;
  for (let k = 1; k < points; k++) {
    const at = k / points;
    while (before < sorted.length && sorted[before] < at) before++;
    values.push(before / sorted.length);
    if (before > 0 && at - sorted[before - 1] < edge) alternatives.push((before - 1) / sorted.length);
    else if (before < sorted.length && sorted[before] - at < edge) alternatives.push((before + 1) / sorted.length);
    else alternatives.push(undefined);
  }
  return { values, bucket: RHYTHM_BUCKET, margin: 0, alternatives };
}

interface Curve {
  values: number[];
  /** How many events' noise averages out in each value (1: a single held event). */
  events?: number[];
  bucket: number;
  /** Values this close to an edge may flip in a copy (0: only the explicit alternatives). */
  margin: number;
  /** A value a copy may have instead, when it is known (an event right at a rhythm point). */
  alternatives?: (number | undefined)[];
}

interface Uncertain {
  /** Slices that flip together: neighbours holding the same position (a still hand) move as one in a copy. */
  indices: number[];
  alternative: number;
  /** Distance to the edge in buckets (-1: a known alternative), the order in which flips are kept. */
  distance: number;
  value: number;
}

function quantise(curve: Curve, offset: number) {
  const base: number[] = [];
  const uncertain: Uncertain[] = [];
  curve.values.forEach((value, index) => {
    const scaled = value / curve.bucket + offset;
    const bucket = Math.floor(scaled);
    base.push(bucket);
    const alternative = curve.alternatives?.[index];
    if (alternative !== undefined) {
      const other = Math.floor(alternative / curve.bucket + offset);
      // Known alternatives go first: they are rare and certain to matter.
      if (other !== bucket) uncertain.push({ indices: [index], alternative: other, distance: -1, value });
      return;
    }
    // Exactly 0 is the press itself (held until the first move): the same in every copy.
    if (curve.margin === 0 || value === 0) return;
    // Noise on a mean of n events shrinks as 1/sqrt(n): a margin, and a priority, in units of that noise.
    const spread = 1 / Math.sqrt(Math.max(1, curve.events?.[index] ?? 1));
    const fraction = scaled - bucket;
    const margin = (curve.margin / curve.bucket) * spread;
    const near =
      fraction < margin
        ? { alternative: bucket - 1, distance: fraction / spread }
        : 1 - fraction < margin
          ? { alternative: bucket + 1, distance: (1 - fraction) / spread }
          : null;
    if (!near) return;
    const previous = uncertain[uncertain.length - 1];
    if (
      previous &&
      previous.indices[previous.indices.length - 1] === index - 1 &&
      previous.alternative === near.alternative &&
      Math.abs(previous.value - value) < 0.002
    ) {
      previous.indices.push(index);
      previous.distance = Math.min(previous.distance, near.distance);
    } else uncertain.push({ indices: [index], ...near, value });
  });
  return { base, uncertain };
}

/**
 * What is remembered and what is looked up. Every variant of a path is looked up, but only two of
 * each grid are remembered (as measured, and with the value nearest a bucket edge flipped): a copy
 * whose values crossed an edge lists the flipped values among its own variants, so it still finds
 * the original's, and a passing attempt writes at most four rows instead of a few dozen.
 */
export interface Fingerprints {
  /** At most four (two per grid): stored for an accepted attempt. */
  remembered: string[];
  /** All variants (the remembered ones first): any of them already stored marks a replay. */
  lookedUp: string[];
}

function curveFingerprints(prefix: string, curves: readonly Curve[]): Fingerprints {
  const result = new Set<string>();
  const remembered: string[] = [];
  // Two grids half a bucket apart, neither with an edge at 0 or 1 (where a path starts and ends).
  for (const [grid, offset] of [
    ["a", 0.25],
    ["b", 0.75],
  ] as const) {
    const quantised = curves.map((curve) => quantise(curve, offset));
    // The values nearest an edge are the likeliest to flip; beyond the cap, the rest stay as they are.
    const flips = quantised
      .flatMap((q, c) => q.uncertain.map((u) => ({ ...u, curve: c })))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, MAX_UNCERTAIN);
    for (let mask = 0; mask < 1 << flips.length; mask++) {
      const buckets = quantised.map((q) => [...q.base]);
      flips.forEach((flip, bit) => {
        if (mask & (1 << bit)) for (const index of flip.indices) buckets[flip.curve][index] = flip.alternative;
      });
      // Hashed from the numbers themselves (no text per variant: this runs on every accepted attempt).
      const digest = new Cyrb53().text(`${prefix}:${grid}`);
      for (const curve of buckets) {
        digest.add(0x7c);
        for (const bucket of curve) digest.add(bucket + 0x10000);
      }
      const fingerprint = digest.digest();
      // Remembered: as measured, and with its value nearest an edge flipped (the likeliest to differ in a copy).
      if (mask <= 1) remembered.push(fingerprint);
      result.add(fingerprint);
    }
  }
  return { remembered: [...new Set(remembered)], lookedUp: [...result] };
}

const NONE: Fingerprints = { remembered: [], lookedUp: [] };

function dragFingerprints(events: readonly RawEvent[]): Fingerprints {
  const press = lastCompletedPress(events);
  if (!press?.up) return NONE;
  const path: PointerEvent[] = [press.down, ...press.moves, press.up];
  const [, t0, x0] = press.down;
  const duration = press.up[1] - t0;
  const displacement = press.up[2] - x0;
  if (!(duration > 0) || Math.abs(displacement) < MIN_DISPLACEMENT) return NONE;
  const times = path.map(([, t]) => (t - t0) / duration);
  const xs = path.map(([, , x]) => (x - x0) / displacement);
  const shape = sliceMeans(times, xs, SHAPE_SLICES);
  return curveFingerprints("drag", [
    { values: shape.means, events: shape.events, bucket: SHAPE_BUCKET, margin: SHAPE_EDGE_MARGIN },
    rhythm(times, RHYTHM_POINTS, duration),
  ]);
}

function pressFingerprints(events: readonly RawEvent[], kind: "click" | "page"): Fingerprints {
  const press = lastCompletedPress(events);
  if (!press?.up || press.approach.length < 6) return NONE;
  const path: PointerEvent[] = [...press.approach, press.down];
  const [, t1, x1, y1] = press.down;
  const [, t0, xs, ys] = path[0];
  const reach = Math.hypot(x1 - xs, y1 - ys);
  const duration = t1 - t0;
  if (!(duration > 0) || reach < MIN_DISPLACEMENT) return NONE;
  const times = path.map(([, t]) => (t - t0) / duration);
  const x = path.map(([, , px]) => (px - x1) / reach);
  const y = path.map(([, , , py]) => (py - y1) / reach);
  const [sx, sy] = [sliceMeans(times, x, SHAPE_SLICES), sliceMeans(times, y, SHAPE_SLICES)];
  return curveFingerprints(kind, [
    { values: sx.means, events: sx.events, bucket: SHAPE_BUCKET, margin: SHAPE_EDGE_MARGIN },
    { values: sy.means, events: sy.events, bucket: SHAPE_BUCKET, margin: SHAPE_EDGE_MARGIN },
    rhythm(times, RHYTHM_POINTS, duration),
  ]);
}

function keyboardFingerprints(events: readonly RawEvent[]): Fingerprints {
  const keys = keyPresses(events);
  if (keys.length - 1 < MIN_KEY_INTERVALS) return NONE;
  const intervals = keys.slice(1).map(([, t], i) => Math.round(t - keys[i][1]));
  const one = [hash(`keys:${keys.map(([, , key, shift]) => `${key}${shift ? "+" : ""}`).join(",")}:${intervals.join(",")}`)];
  return { remembered: one, lookedUp: one };
}

/**
 * A few short strings; an attempt whose set shares one with a remembered accepted attempt is a
 * replay. Empty when the path is too short to say anything.
 */
export function pathFingerprints(events: readonly RawEvent[], kind: InteractionKind): string[] {
  return fingerprintsOf(events, kind).lookedUp;
}

/** What to remember of an accepted attempt, and what to look up for any attempt (see Fingerprints). */
export function fingerprintsOf(events: readonly RawEvent[], kind: InteractionKind): Fingerprints {
  switch (kind) {
    case "drag":
      return dragFingerprints(events);
    case "click":
    case "page":
      return pressFingerprints(events, kind);
    case "keyboard":
      return keyboardFingerprints(events);
  }
}
