import type { EvidenceList } from "./evidence";
import type { PointerEvent } from "./events";
import { linearFit, median, roughness } from "./stats";

/**
 * Shared measurements of a pointer path: timing between events, a smoothed speed profile, and
 * how far the path strays from a straight line. Used for drags and for the approach to a press.
 */

export interface Sample {
  t: number;
  x: number;
  y: number;
}

export const toSamples = (events: readonly PointerEvent[]): Sample[] => events.map(([, t, x, y]) => ({ t, x, y }));

/**
 * Coalesced input sends a move in every frame where the position changed; a gap with no events
 * means the pointer stood still (within a device pixel). So across a gap the position is held and
 * the change happens in the last two frames, not spread over the gap, which would turn a script's
 * "wait, then jump" into a slow, human-looking start.
 */
export function withHolds(samples: readonly Sample[], typicalInterval = typicalIntervalOf(samples)): Sample[] {
  // One frame: the stream's own typical interval, within a display's range (4-34 ms).
  const hold = Math.min(34, Math.max(4, typicalInterval));
  const result: Sample[] = [];
  for (let i = 0; i < samples.length; i++) {
    const previous = samples[i - 1];
    const current = samples[i];
    if (previous && current.t - previous.t > hold) result.push({ t: current.t - hold, x: previous.x, y: previous.y });
    result.push(current);
  }
  return result;
}

/** Median of the positive intervals between samples. */
export function typicalIntervalOf(samples: readonly Sample[]): number {
  return median(intervals(samples).filter((d) => d > 0));
}

export function intervals(samples: readonly Sample[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < samples.length; i++) result.push(samples[i].t - samples[i - 1].t);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Timing

export interface TimingFeatures {
  count: number;
  medianMs: number;
  /** Share of intervals under 2 ms: coalesced pointermoves come at most once per frame (>= 4 ms at 240 Hz). */
  burstShare: number;
  /**
   * Share of intervals within 0.15 ms of the median: a timer's fixed interval, even after the
   * rounding of its timestamps (22.1, 22.2, 22.1 ...). People's frames jitter by more.
   */
  regularShare: number;
  /**
   * Share of intervals that sit on a lattice: an integer number of the most common interval (the
   * frame, or the device's report period), give or take the jitter of the report inside a frame.
   * Moves from a display's frames do; intervals a script draws from a uniform range do not.
   */
  latticeShare: number;
}

export function timingFeatures(values: readonly number[]): TimingFeatures {
  const count = values.length;
  if (count === 0) return { count, medianMs: 0, burstShare: 0, regularShare: 0, latticeShare: 1 };
  const middle = median(values);
  let bursts = 0;
  let regular = 0;
  for (const d of values) {
    if (d < 2) bursts++;
    if (Math.abs(d - middle) <= 0.15) regular++;
  }
  return { count, medianMs: middle, burstShare: bursts / count, regularShare: regular / count, latticeShare: latticeShare(values) };
}

function latticeShare(values: readonly number[]): number {
  const usable = values.filter((d) => d >= 2);
  if (usable.length < 6) return 1;
  // The most common interval, from a histogram in 0.5 ms bins smoothed over its neighbours.
  const bins = new Map<number, number>();
  for (const d of usable) if (d <= 40) bins.set(Math.round(d * 2), (bins.get(Math.round(d * 2)) ?? 0) + 1);
  let best = -1;
  let base = 0;
  for (const [bin] of bins) {
    const mass = (bins.get(bin - 1) ?? 0) + 2 * (bins.get(bin) ?? 0) + (bins.get(bin + 1) ?? 0);
    if (mass > best || (mass === best && bin / 2 < base)) {
      best = mass;
      base = bin / 2;
    }
  }
  if (base <= 0) return 1; // every interval over 40 ms: nothing frame-like to judge
  const tolerance = Math.max(1.5, 0.14 * base);
  let hits = 0;
  for (const d of usable) {
    const k = Math.max(1, Math.round(d / base));
    if (Math.abs(d - k * base) <= tolerance + 0.04 * (k - 1) * base) hits++;
  }
  return hits / usable.length;
}

/** Timing rules shared by every pointer path (needs at least `minimum` intervals to judge). */
export function timingEvidence(timing: TimingFeatures, list: EvidenceList, minimum = 8): void {
  // A burst shows in a few events already: page.mouse.move(x, y, {steps: 3}).
  if (timing.count >= 2) {
    list.tiered("timing.burst", [
      [timing.burstShare >= 0.5, 6],
      [timing.burstShare >= 0.25 && timing.count >= 4, 3.5],
      [timing.burstShare >= 0.1 && timing.count >= minimum, 1.5],
    ]);
  }
  if (timing.count < minimum) return;
  // Not decisive: a 125 Hz mouse on a 144 Hz display reports every 8.0 ms, and some clocks are coarse.
  list.tiered("timing.exact_intervals", [
    [timing.regularShare >= 0.95 && timing.count >= 15, 2],
    [timing.regularShare >= 0.85, 1.2],
  ]);
  list.tiered("timing.off_frame", [
    [timing.latticeShare < 0.3, 1.5],
    [timing.latticeShare < 0.4, 0.7],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Speed profile

export interface SpeedProfile {
  /** Time of the first value; values follow every PROFILE_STEP_MS. */
  start: number;
  /** Speed (units/ms) smoothed over ±16 ms, which hides the frame and pixel steps of real input. */
  speeds: Float64Array;
}

export const PROFILE_STEP_MS = 8;
const PROFILE_HALF_MS = 16;
/** Longer holds are cut to their last two minutes: nothing a person does there is in the far past. */
const PROFILE_MAX_MS = 120_000;

/**
 * Speed over time, resampled every 8 ms: the rate of change of `measure` (a projection of the
 * position on the stroke's direction, or the distance travelled).
 */
export function speedProfile(raw: readonly Sample[], measure: (s: Sample) => number, held = false): SpeedProfile {
  const samples = held ? raw : withHolds(raw);
  if (samples.length < 2) return { start: 0, speeds: new Float64Array(0) };
  const t1 = samples[samples.length - 1].t;
  const t0 = Math.max(samples[0].t, t1 - PROFILE_MAX_MS);
  if (!(t1 > t0)) return { start: t0, speeds: new Float64Array(0) };
  const step = PROFILE_STEP_MS;
  const half = PROFILE_HALF_MS;
  const measured = samples.map(measure);
  const count = Math.floor((t1 + 2 * half + step - t0) / step) + 1;
  const grid = new Float64Array(count);
  let cursor = 0;
  for (let k = 0; k < count; k++) {
    const t = t0 - half + k * step;
    while (cursor + 1 < samples.length && samples[cursor + 1].t <= t) cursor++;
    const a = samples[cursor];
    const b = samples[cursor + 1];
    if (!b || t <= a.t) grid[k] = measured[cursor];
    else {
      const f = b.t > a.t ? (t - a.t) / (b.t - a.t) : 1;
      grid[k] = measured[cursor] + (measured[cursor + 1] - measured[cursor]) * f;
    }
  }
  const span = half / step;
  const speeds = new Float64Array(Math.max(0, count - 2 * span));
  for (let k = span; k + span < count; k++) speeds[k - span] = (grid[k + span] - grid[k - span]) / (2 * half);
  return { start: t0 - half + span * step, speeds };
}

// ---------------------------------------------------------------------------------------------
// Geometry

export interface StraightnessFeatures {
  /** Length of the chord from the first to the last sample. */
  chord: number;
  /** Largest distance of a sample from the chord. */
  maxDeviation: number;
  /** Standard deviation of what a least-squares line leaves of the sideways deviation. */
  lineResidual: number;
  /** Roughness of the sideways deviation: about 1 for independent noise, small for a hand's bow. */
  lateralRoughness: number;
  /**
   * Roughness of the progress along the chord around a constant-speed line: about 1 when a line
   * walked at constant speed had noise added, small for a hand's smooth acceleration.
   */
  alongRoughness: number;
  /** Standard deviation of the progress around that constant-speed line (a hand's is a good share of the chord). */
  alongResidual: number;
}

export function straightness(samples: readonly Sample[]): StraightnessFeatures {
  if (samples.length < 2) return { chord: 0, maxDeviation: 0, lineResidual: 0, lateralRoughness: 0, alongRoughness: 0, alongResidual: 0 };
  const a = samples[0];
  const b = samples[samples.length - 1];
  const chord = Math.hypot(b.x - a.x, b.y - a.y);
  if (chord === 0) return { chord, maxDeviation: 0, lineResidual: 0, lateralRoughness: 0, alongRoughness: 0, alongResidual: 0 };
  const ux = (b.x - a.x) / chord;
  const uy = (b.y - a.y) / chord;
  const along: number[] = [];
  const across: number[] = [];
  let maxDeviation = 0;
  for (const s of samples) {
    const px = s.x - a.x;
    const py = s.y - a.y;
    along.push(px * ux + py * uy);
    const d = -px * uy + py * ux;
    across.push(d);
    maxDeviation = Math.max(maxDeviation, Math.abs(d));
  }
  const times = samples.map((s) => s.t);
  const fit = linearFit(times, along);
  const residual = along.map((p, i) => p - fit.intercept - fit.slope * times[i]);
  return {
    chord,
    maxDeviation,
    lineResidual: linearFit(along, across).residual,
    lateralRoughness: roughness(across),
    alongRoughness: roughness(residual),
    alongResidual: fit.residual,
  };
}

/** Time at which the progress first reaches `share` of the total (interpolated), or undefined. */
export function timeAtProgress(samples: readonly Sample[], progress: (s: Sample) => number, target: number): number | undefined {
  for (let i = 1; i < samples.length; i++) {
    const p0 = progress(samples[i - 1]);
    const p1 = progress(samples[i]);
    if (p1 >= target) {
      if (p1 === p0) return samples[i].t;
      const f = Math.min(1, Math.max(0, (target - p0) / (p1 - p0)));
      return samples[i - 1].t + (samples[i].t - samples[i - 1].t) * f;
    }
  }
  return undefined;
}
