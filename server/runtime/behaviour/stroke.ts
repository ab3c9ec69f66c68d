import { PROFILE_STEP_MS, speedProfile, timeAtProgress, typicalIntervalOf, withHolds, type Sample } from "./motion";
import { clamp, mean, standardDeviation } from "./stats";

/**
 * The shape of one aimed movement (a drag to the target, a reach to a button), measured along
 * its direction. A hand's stroke is bell-shaped in speed: it accelerates, peaks, decelerates and
 * settles, often with corrections. A script's stroke is flat (constant speed), starts at full
 * speed (ease-out) or jumps.
 */

export interface StrokeShape {
  /** When the pointer left its start and when it settled at its end (ms). */
  movingFrom: number;
  movingTo: number;
  /** Peak speed along the direction (units/ms), smoothed over ±16 ms. */
  peak: number;
  /**
   * Time to cover the first 20 % of the distance over the time it would take at the peak speed:
   * a hand accelerates (about 1.6-2.5), an ease-out or a constant speed starts at full speed (1).
   */
  startSlowness: number;
  /** Time from leaving the start until the speed first reaches 70 % of its peak. */
  riseMs: number;
  /** The same as startSlowness for the last 20 %, up to settling: a hand decelerates (2.5 and more). */
  endSlowness: number;
  /** Variation of the speed over the middle of the movement. */
  speedCv: number;
  /**
   * A stall (a long task on the page: no events, then a jump that continues the motion) during
   * the first 20 % makes the start unreadable; the start rules are then skipped.
   */
  stalledStart: boolean;
}

/** Movement starts when the pointer is this far from its start, and has settled this close to its end. */
const startThreshold = (distance: number) => clamp(0.03 * distance, 1, 4);
const settleThreshold = (distance: number) => clamp(0.01 * distance, 0.8, 2);

/**
 * @param path samples from the start of the stroke to its end (press to release, or the reach to a press)
 * @param direction unit vector from the start towards the end
 */
export function strokeShape(path: readonly Sample[], direction: readonly [number, number]): StrokeShape {
  const start = path[0];
  const end = path[path.length - 1];
  const [ux, uy] = direction;
  const progress = (s: Sample) => (s.x - start.x) * ux + (s.y - start.y) * uy;
  const distance = Math.max(0, progress(end));
  const typical = typicalIntervalOf(path);
  const dense = withHolds(path, typical);

  const movingFrom = timeAtProgress(dense, progress, startThreshold(distance)) ?? start.t;
  const t20 = timeAtProgress(dense, progress, 0.2 * distance) ?? movingFrom;
  const t80 = timeAtProgress(dense, progress, 0.8 * distance) ?? t20;
  let movingTo = end.t;
  const band = settleThreshold(distance);
  for (let i = dense.length - 1; i >= 0; i--) {
    if (Math.hypot(dense[i].x - end.x, (dense[i].y - end.y) * Math.abs(uy)) > band) {
      movingTo = dense[Math.min(dense.length - 1, i + 1)].t;
      break;
    }
  }
  movingTo = Math.max(movingTo, t80);

  const profile = speedProfile(dense, progress, true);
  // The profile's values from just before the movement to just after it.
  const first = Math.max(0, Math.ceil((movingFrom - 8 - profile.start) / PROFILE_STEP_MS));
  const last = Math.min(profile.speeds.length - 1, Math.floor((movingTo + 8 - profile.start) / PROFILE_STEP_MS));
  const timeOf = (k: number) => profile.start + k * PROFILE_STEP_MS;
  let peak = 0;
  for (let k = first; k <= last; k++) peak = Math.max(peak, Math.abs(profile.speeds[k]));
  let risenAt = movingFrom;
  for (let k = first; k <= last; k++) {
    if (Math.abs(profile.speeds[k]) >= 0.7 * peak) {
      risenAt = timeOf(k);
      break;
    }
  }

  let stalledStart = false;
  for (let i = 2; i < path.length && path[i - 1].t <= t20; i++) {
    const dt = path[i].t - path[i - 1].t;
    const step = Math.abs(progress(path[i]) - progress(path[i - 1]));
    const movingBefore = Math.abs(progress(path[i - 1]) - progress(path[i - 2])) >= 0.5;
    if (dt > Math.max(40, 2.5 * typical) && step > 3 && movingBefore) stalledStart = true;
  }
  const span = Math.max(1, movingTo - movingFrom);
  const middle: number[] = [];
  for (let k = first; k <= last; k++) {
    const t = timeOf(k);
    if (t >= movingFrom + span * 0.1 && t <= movingTo - span * 0.1) middle.push(Math.abs(profile.speeds[k]));
  }
  const middleMean = mean(middle);

  return {
    movingFrom,
    movingTo,
    peak,
    // Measured against the peak speed, not the average: pauses and extra strokes do not blur it.
    startSlowness: peak > 0 ? ((t20 - movingFrom) * peak) / Math.max(1, 0.2 * distance - startThreshold(distance)) : 0,
    riseMs: risenAt - movingFrom,
    endSlowness: peak > 0 ? ((movingTo - t80) * peak) / Math.max(1, 0.2 * distance - band) : 0,
    speedCv: middleMean > 0 ? standardDeviation(middle) / middleMean : 0,
    stalledStart,
  };
}
