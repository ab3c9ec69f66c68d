import { approachEvidence, approachFeatures, type ApproachFeatures } from "./approach";
import { DECISIVE, EvidenceList } from "./evidence";
import { largestTimeReversal, lastCompletedPress, type RawEvent } from "./events";
import { intervals, timingEvidence, timingFeatures, toSamples, type Sample, type TimingFeatures } from "./motion";
import { strokeShape, type StrokeShape } from "./stroke";
import { linearFit, roughness } from "./stats";

/**
 * A drag of a slider handle (SLIDER, PUZZLE, IMAGE_RESTORATION), judged from its raw events.
 *
 * tianai-captcha's track rules are all here (under 300 ms, under 10 points, a start away from the
 * origin, a constant y, jumps over 50 px, no slowing at the end), and so is what they miss: the
 * acceleration phase an ease-out script lacks, y noise that is independent point to point instead
 * of a drift, timing that does not follow a display's frames, bursts of programmatic moves, speed
 * that never varies, a release at full speed, the approach to the handle.
 */

export type PointerType = "mouse" | "touch" | "pen" | "keyboard" | "none";

export interface DragContext {
  /** What the widget says the pointer was: mouse and pen must approach the handle; touch cannot hover. */
  pointer?: PointerType;
  /** The handle's value when the drag began (0 for a slider, pieceStartX for Image Restoration). */
  startValue?: number;
  /** The handle's size in challenge units along the track; the press must land on it. */
  handleWidth?: number;
  /** The track's height in CSS px (y is measured from its centre). */
  handleHeight?: number;
}

/**
 * The handle's size in challenge units from the control's box the widget reports: the handle is
 * as wide as the track is high, and the value runs over the track's width minus the handle.
 */
export function sliderHandleWidth(box: readonly [number, number], max: number): number | undefined {
  const [width, height] = box;
  const travel = width - height;
  return travel > 0 && height > 0 ? (height * max) / travel : undefined;
}

export interface DragFeatures {
  durationMs: number;
  displacement: number;
  moves: number;
  pressAtMs: number;
  /** Where on the handle the press landed (units from its left edge), when the handle is known. */
  grabOffset: number | null;
  pressOffHandle: boolean;
  yRange: number;
  /** Residual of y against a line in x (0: y is an exact linear function of x). */
  yLineResidual: number;
  yRoughness: number;
  /** Largest step between neighbouring events, the fastest step, and the largest step a frame apart. */
  maxStep: number;
  maxStepSpeed: number;
  maxFrameStep: number;
  /** The stroke's speed profile: acceleration, deceleration, variation (see stroke.ts). */
  shape: StrokeShape;
  /** Speed over the last 50 ms before the release (units/ms). */
  releaseSpeed: number;
  /** Moves at exactly the position of the event before: pointermove fires on a change of position. */
  repeatedPositions: number;
  pressToMoveMs: number;
  /**
   * Stops of 100 ms or more while moving (no events: the pointer stood still). Recorded, not
   * scored: people hesitate, scripts can add pauses for free, and the shape rules measure moving
   * time so that a pause never counts against a person.
   */
  pauses: number;
  overshoot: number;
  timing: TimingFeatures;
  approach: ApproachFeatures | null;
  timeReversalMs: number;
}

export function dragFeatures(events: readonly RawEvent[], context: DragContext = {}): DragFeatures | undefined {
  const press = lastCompletedPress(events);
  if (!press?.up) return undefined;
  const path: Sample[] = toSamples([press.down, ...press.moves, press.up]);
  const down = path[0];
  const up = path[path.length - 1];
  const displacement = up.x - down.x;
  const distance = Math.abs(displacement);
  const direction = displacement >= 0 ? 1 : -1;
  const shape = strokeShape(path, [direction, 0]);

  let maxStep = 0;
  let maxStepSpeed = 0;
  let maxFrameStep = 0;
  for (let i = 1; i < path.length; i++) {
    const step = Math.abs(path[i].x - path[i - 1].x);
    const dt = path[i].t - path[i - 1].t;
    maxStep = Math.max(maxStep, step);
    if (step > 20) maxStepSpeed = Math.max(maxStepSpeed, step / Math.max(dt, 0.1));
    if (dt < 40) maxFrameStep = Math.max(maxFrameStep, step);
  }

  const before = path.filter((s) => s.t >= up.t - 50);
  const releaseFrom = before[0] ?? up;
  const firstMove = path.find((s, i) => i > 0 && Math.abs(s.x - down.x) >= 1);
  const moving = path.filter((s) => s.t >= shape.movingFrom && s.t <= shape.movingTo);
  const ys = moving.length >= 3 ? moving.map((s) => s.y) : path.map((s) => s.y);
  const allY = path.map((s) => s.y);
  const maxProgress = Math.max(...path.map((s) => direction * (s.x - down.x)));

  let grabOffset: number | null = null;
  let pressOffHandle = false;
  if (context.startValue !== undefined && context.handleWidth !== undefined) {
    grabOffset = down.x - context.startValue;
    pressOffHandle = grabOffset < -1 || grabOffset > context.handleWidth + 1;
  }
  if (context.handleHeight !== undefined && Math.abs(down.y) > context.handleHeight / 2 + 2) pressOffHandle = true;

  let pauses = 0;
  for (let i = 1; i < path.length; i++)
    if (path[i].t - path[i - 1].t >= 100 && path[i - 1].t >= shape.movingFrom && path[i].t <= shape.movingTo) pauses++;

  let repeatedPositions = 0;
  for (let i = 1; i < path.length - 1; i++) if (path[i].x === path[i - 1].x && path[i].y === path[i - 1].y) repeatedPositions++;

  return {
    durationMs: up.t - down.t,
    displacement,
    moves: press.moves.length,
    pressAtMs: down.t,
    grabOffset,
    pressOffHandle,
    yRange: Math.max(...allY) - Math.min(...allY),
    yLineResidual: linearFit(
      path.map((s) => s.x),
      allY,
    ).residual,
    yRoughness: roughness(ys),
    maxStep,
    maxStepSpeed,
    maxFrameStep,
    shape,
    repeatedPositions,
    releaseSpeed: Math.abs(up.x - releaseFrom.x) / Math.max(1, up.t - releaseFrom.t),
    pressToMoveMs: firstMove ? firstMove.t - down.t : Infinity,
    pauses,
    overshoot: maxProgress - distance,
    timing: timingFeatures(intervals(toSamples(press.moves))),
    approach: press.approach.length > 0 ? approachFeatures(press.approach, press.down) : null,
    timeReversalMs: largestTimeReversal(events),
  };
}

export function dragEvidence(f: DragFeatures | undefined, context: DragContext = {}): EvidenceList {
  const list = new EvidenceList();
  if (!f) return list.add("events.missing", DECISIVE);
  const distance = Math.abs(f.displacement);
  if (f.timeReversalMs > 5) list.add("events.time_reversed", 4);
  if (f.pressAtMs < 150) list.add("events.too_soon", 3);
  if (f.pressOffHandle) list.add("drag.press_off_handle", DECISIVE);

  // tianai-captcha's rules.
  if (f.durationMs < 300) list.add("drag.too_fast", DECISIVE);
  if (f.moves < 10) list.add("drag.too_few_points", DECISIVE);
  if (f.moves >= 10 && f.yRange === 0) list.add("drag.constant_y", 3.5);
  if (f.maxFrameStep > 50) list.add("drag.jump", 3.2);
  if (f.maxStepSpeed > 6) list.add("drag.teleport", 4);

  if (distance >= 20 && f.moves >= 6) {
    if (f.yRange > 0 && f.yLineResidual < 0.06) list.add("drag.linear_y", 3.2);
    if (f.yRange >= 1) {
      list.tiered("drag.white_noise_y", [
        [f.yRoughness > 0.75, 2.5],
        [f.yRoughness > 0.55, 1.2],
      ]);
    }
    list.tiered("drag.no_slowdown", [
      [f.shape.endSlowness < 1.3, 3.2],
      [f.shape.endSlowness < 1.6, 1],
    ]);
    list.tiered("drag.constant_speed", [
      [f.shape.speedCv < 0.1, 2],
      [f.shape.speedCv < 0.14, 0.8],
    ]);
    // Full speed from the start, by two measures that fail differently: how long the first 20 %
    // takes against the peak speed, and how soon the speed gets near its peak.
    if (!f.shape.stalledStart) {
      list.tiered("drag.no_acceleration", [
        [f.shape.startSlowness < 1.25 && f.shape.riseMs < 30, 3.5],
        [f.shape.startSlowness < 1.25, 2],
        [f.shape.riseMs < 15, 2],
        [f.shape.riseMs < 30, 1.5],
      ]);
    }
    if (f.releaseSpeed > 0.25) list.add("drag.instant_release", 1.5);
    // A person's corrections: small bonuses (a script can add them, so they never decide alone).
    if (f.overshoot >= Math.max(2, 0.02 * distance) && f.overshoot <= 0.3 * distance) list.add("human.overshoot", -0.8);
  }
  if (f.pressToMoveMs < 6) list.add("drag.instant_move", 0.8);
  // A pen fires pointermove when only its pressure changes; a mouse or a finger does not.
  if (context.pointer !== "pen" && f.moves >= 10) {
    const share = f.repeatedPositions / f.moves;
    const weight = context.pointer === "touch" ? 0.5 : 1;
    list.tiered("drag.repeated_position", [
      [share >= 0.1, 2.5 * weight],
      [share >= 0.03 && f.repeatedPositions >= 2, 1.2 * weight],
    ]);
  }
  if (f.grabOffset !== null && context.handleWidth !== undefined && Math.abs(f.grabOffset - context.handleWidth / 2) < 0.05)
    list.add("drag.exact_grab", 1);

  timingEvidence(f.timing, list);

  const hovering = context.pointer === undefined || context.pointer === "mouse" || context.pointer === "pen";
  if (hovering) {
    if (!f.approach || f.approach.moves < 2) list.add("drag.no_approach", 1.5);
    else approachEvidence(f.approach, list);
  }
  return list;
}
