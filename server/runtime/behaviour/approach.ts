import type { EvidenceList } from "./evidence";
import type { PointerEvent } from "./events";
import {
  intervals,
  straightness,
  timingEvidence,
  timingFeatures,
  toSamples,
  type Sample,
  type StraightnessFeatures,
  type TimingFeatures,
} from "./motion";
import { strokeShape, type StrokeShape } from "./stroke";

/**
 * The approach: how the pointer got to where it pressed. A hand reaches with a bow, accelerating
 * then slowing down, on the display's frame rhythm; page.click() appears on the spot, a
 * hand-written script draws a ruler line at constant speed.
 */

/** The straightness features (chord …) are those of the final reach: after the last pause, at most 2 s. */
export interface ApproachFeatures extends StraightnessFeatures {
  moves: number;
  /** Distance from the last move to the press (px or units). */
  gapToPress: number;
  /** Time from the first to the last move of the approach (ms). */
  durationMs: number;
  /** Time from the last move to the press (ms). */
  lastMoveToPressMs: number;
  /** The final reach's speed shape. */
  shape: StrokeShape | null;
  timing: TimingFeatures;
}

/** Pauses longer than this split the approach; only the final reach is judged for its shape. */
const PAUSE_MS = 250;
const REACH_MS = 2000;

export function approachFeatures(approach: readonly PointerEvent[], press: PointerEvent): ApproachFeatures {
  const all = toSamples(approach);
  const [, pt, px, py] = press;
  const last = all[all.length - 1];
  const gapToPress = last ? Math.hypot(px - last.x, py - last.y) : 0;
  let start = all.length - 1;
  while (start > 0 && all[start].t - all[start - 1].t <= PAUSE_MS && pt - all[start - 1].t <= REACH_MS) start--;
  const reach: Sample[] = start >= 0 ? all.slice(start) : [];
  // The press ends the reach (where the pointer came to rest), unless the pointer teleported there.
  if (reach.length > 0 && gapToPress < 20) reach.push({ t: pt, x: px, y: py });
  const geometry = straightness(reach);
  let shape: StrokeShape | null = null;
  if (reach.length >= 4 && geometry.chord > 0) {
    const first = reach[0];
    const end = reach[reach.length - 1];
    shape = strokeShape(reach, [(end.x - first.x) / geometry.chord, (end.y - first.y) / geometry.chord]);
  }
  return {
    moves: approach.length,
    gapToPress,
    durationMs: last ? last.t - all[0].t : 0,
    lastMoveToPressMs: last ? pt - last.t : Infinity,
    ...geometry,
    shape,
    timing: timingFeatures(intervals(all)),
  };
}

/** Rules for an approach that exists (callers decide what a missing approach means). */
export function approachEvidence(f: ApproachFeatures, list: EvidenceList): void {
  // page.click() moves once, to the spot, and presses: a hand needs dozens of frames to get there.
  if ((f.moves <= 2 && f.moves > 0) || (f.durationMs < 30 && f.chord > 20)) list.add("approach.teleport", 4.5);
  if (f.gapToPress > 20) list.add("approach.jump_to_press", 2);
  timingEvidence(f.timing, list);
  if (f.chord >= 20 && f.timing.count >= 6) {
    list.tiered("approach.straight", [
      [f.maxDeviation < 0.75 && f.lineResidual < 0.3, 2],
      [f.maxDeviation < 1.5 && f.lineResidual < 0.3, 0.8],
    ]);
    // Below a pixel or so of deviation, pixel steps alone look like independent noise.
    if (f.maxDeviation >= 1.5 && f.maxDeviation < 8) {
      list.tiered("approach.white_noise", [
        [f.lateralRoughness > 0.75, 1.5],
        [f.lateralRoughness > 0.55, 0.6],
      ]);
    }
  }
  // Noise on a constant-speed line: independent along the way as well as sideways.
  if (f.chord >= 20 && f.timing.count >= 6 && f.alongResidual < 0.04 * f.chord) {
    list.tiered("approach.white_noise", [
      [f.alongRoughness > 0.75, 2],
      [f.alongRoughness > 0.55, 0.8],
    ]);
  }
  // Shape rules need a reach long enough for a hand to leave its marks.
  if (f.chord < 40 || f.timing.count < 6 || !f.shape) return;
  const shape = f.shape;
  list.tiered("approach.no_slowdown", [
    [shape.endSlowness < 1.3, 2.5],
    [shape.endSlowness < 1.6, 1.2],
  ]);
  list.tiered("approach.constant_speed", [
    [shape.speedCv < 0.1, 2],
    [shape.speedCv < 0.15, 1],
  ]);
  // The approach often starts out of sight (already moving when it enters): the start weighs less.
  if (!shape.stalledStart) list.tiered("approach.no_acceleration", [[shape.startSlowness < 1.15, 1.5]]);
}
