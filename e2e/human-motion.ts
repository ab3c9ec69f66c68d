import type { Key, RawEvent } from "../server/runtime/behaviour/events";

/**
 * Human motion for the end-to-end tests and the benchmark: timelines of raw events (the widget's
 * format, ["m"|"d"|"u", t, x, y] and ["k", t, key, shift?]) that look like a real person.
 *
 * Pure: everything random comes from the `random` source passed in, so a seed reproduces a run.
 *
 * Two layers, because a person's events carry the marks of both:
 *  - the hand: movements are sums of submovements, each a minimum-jerk stroke with random skew
 *    (fast start, long deceleration), a primary stroke that under- or overshoots and one or more
 *    corrections, sometimes a pause, an arc and a slow drift in y, a little tremor;
 *  - the input pipeline: the device reports at its poll rate (125-1000 Hz mouse, 60-240 Hz touch)
 *    and only when the position changes by a device pixel; the browser coalesces moves to one
 *    pointermove per frame (60-144 Hz) stamped with the time of the latest report; frames are
 *    sometimes dropped and a long task occasionally stalls input; timestamps are rounded to the
 *    browser's clock resolution (0.1 or 1 ms).
 */

export type Random = () => number;

/** sfc32 seeded through splitmix32: small, fast, good enough for simulations. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const next32 = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Random helpers

export const uniform = (random: Random, low: number, high: number) => low + (high - low) * random();
export function normal(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
/** Durations and distances of human acts are roughly log-normal: a median and a spread. */
export const logNormal = (random: Random, medianValue: number, sigma: number) => medianValue * Math.exp(sigma * normal(random));
export const chance = (random: Random, p: number) => random() < p;
export function pick<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1][0];
}
const clip = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const round1 = (value: number) => Math.round(value * 10) / 10;

// ---------------------------------------------------------------------------------------------
// The input pipeline

export type HumanPointer = "mouse" | "touch";

export interface InputDevice {
  pointer: HumanPointer;
  /** Interval between the device's reports (ms). */
  pollMs: number;
  /** Display frame interval (ms): one coalesced pointermove per frame at most. */
  frameMs: number;
  /** Clock resolution of event.timeStamp as the page sees it (ms). */
  resolutionMs: number;
  /** Positions arrive on a grid of device pixels (CSS px per device pixel). */
  pixel: number;
  /** Share of frames dropped (the main thread was busy). */
  dropRate: number;
  /** Delay from a report to the frame that can dispatch it (ms). */
  latencyMs: number;
}

export function randomDevice(random: Random, pointer: HumanPointer = "mouse"): InputDevice {
  const frameMs =
    1000 /
    pick(random, [
      [60, 0.6],
      [75, 0.04],
      [90, 0.04],
      [120, 0.2],
      [144, 0.12],
    ] as const);
  const pollMs =
    pointer === "mouse"
      ? 1000 /
        pick(random, [
          [125, 0.4],
          [250, 0.05],
          [500, 0.15],
          [1000, 0.4],
        ] as const)
      : 1000 /
        pick(random, [
          [60, 0.3],
          [120, 0.45],
          [240, 0.25],
        ] as const);
  return {
    pointer,
    pollMs,
    frameMs,
    resolutionMs: pick(random, [
      [0.1, 0.65],
      [1, 0.35],
    ] as const),
    pixel:
      1 /
      pick(random, [
        [1, 0.35],
        [1.25, 0.1],
        [1.5, 0.15],
        [2, 0.3],
        [3, 0.1],
      ] as const),
    dropRate: uniform(random, 0, 0.04),
    latencyMs: uniform(random, 0.5, 4),
  };
}

type Point = readonly [number, number];
type HandPath = (t: number) => Point;

/**
 * Dispatches what the page would see of a hand path between `from` and `to` (ms): one move per
 * frame at most, stamped with the time of the latest device report whose position changed.
 */
function capture(
  hand: HandPath,
  device: InputDevice,
  random: Random,
  from: number,
  to: number,
  stalls: readonly (readonly [number, number])[],
): [number, number, number][] {
  const result: [number, number, number][] = [];
  // Positions as whole device pixels (compared as integers, converted back to CSS px when sent).
  const pixel = device.pixel;
  const at = (t: number): [number, number] => {
    const [x, y] = hand(t);
    return [Math.round(x / pixel), Math.round(y / pixel)];
  };
  const pollPhase = random() * device.pollMs;
  const pollAt = (k: number) => pollPhase + k * device.pollMs;
  const framePhase = random() * device.frameMs;
  let last = at(from);
  let lastPoll = Math.ceil((from - pollPhase) / device.pollMs) - 1;
  for (let j = Math.ceil((from - framePhase) / device.frameMs); ; j++) {
    // Vsync jitters by a few hundredths of a millisecond.
    const frame = framePhase + j * device.frameMs + (random() - 0.5) * 0.17;
    if (frame - device.latencyMs >= to) break;
    if (frame - device.latencyMs < from) continue;
    if (random() < device.dropRate) continue;
    if (stalls.length > 0 && stalls.some(([start, end]) => frame > start && frame < end)) continue;
    // The newest report that reached this frame, and the last report where the position changed.
    const k = Math.min(Math.floor((frame - device.latencyMs - pollPhase) / device.pollMs), Math.floor((to - pollPhase) / device.pollMs));
    if (k <= lastPoll) continue;
    const now = at(pollAt(k));
    if (now[0] === last[0] && now[1] === last[1]) {
      lastPoll = k;
      continue;
    }
    // Binary search for the first report at the new position (within a frame the position
    // changes once or moves on; a reversal in between would only shift the stamp by a report).
    let low = lastPoll + 1;
    let high = k;
    while (low < high) {
      const mid = (low + high) >> 1;
      const probe = at(pollAt(mid));
      if (probe[0] === now[0] && probe[1] === now[1]) high = mid;
      else low = mid + 1;
    }
    const changedAt = high;
    result.push([pollAt(changedAt), now[0] * pixel, now[1] * pixel]);
    last = now;
    lastPoll = k;
  }
  return result;
}

/** A long task on the page: no input is dispatched for 40-120 ms, somewhere after `from`. */
function stall(random: Random, from: number, within: number): [number, number] {
  const start = from + random() * within;
  return [start, start + uniform(random, 40, 120)];
}

/** Rounds a timestamp the way the page's clock does, then to the one decimal the widget sends. */
const stamp = (device: InputDevice, t: number) => round1(Math.round(t / device.resolutionMs) * device.resolutionMs);

// ---------------------------------------------------------------------------------------------
// The hand

/** Minimum-jerk position profile, 0..1 over 0..1. */
const minimumJerk = (u: number) => u * u * u * (10 - 15 * u + 6 * u * u);

interface Stroke {
  start: number;
  duration: number;
  dx: number;
  dy: number;
  /** Time warp exponent: below 1 the velocity peaks early, as in most human reaches. */
  skew: number;
  /** Sideways bow of the stroke (px at mid-course). */
  arc: number;
}

/** A wandering signal: a few slow sinusoids (drift) plus a faster, tiny one (tremor). */
function wander(random: Random, driftPx: number, tremorPx: number, from: number): (t: number) => number {
  // Flat [amplitude, angular frequency, phase] triples: this runs for every device report.
  const parts = new Float64Array(12);
  for (let i = 0; i < 3; i++)
    parts.set(
      [(driftPx * uniform(random, 0.3, 1)) / 1.7, (uniform(random, 0.15, 1.6) * 2 * Math.PI) / 1000, random() * 2 * Math.PI],
      i * 3,
    );
  parts.set([tremorPx, (uniform(random, 7, 12) * 2 * Math.PI) / 1000, random() * 2 * Math.PI], 9);
  const at = (t: number) => {
    let sum = 0;
    for (let i = 0; i < 12; i += 3) sum += parts[i] * Math.sin(parts[i + 1] * t + parts[i + 2]);
    return sum;
  };
  // Zero at `from`: the wander is measured from where the hand is when the motion starts.
  const offset = at(from);
  return (t) => at(t) - offset;
}

function handPath(origin: Point, strokes: readonly Stroke[], wanderX: (t: number) => number, wanderY: (t: number) => number): HandPath {
  const n = strokes.length;
  const start = Float64Array.from(strokes, (s) => s.start);
  const inverse = Float64Array.from(strokes, (s) => 1 / s.duration);
  return (t) => {
    let x = origin[0] + wanderX(t);
    let y = origin[1] + wanderY(t);
    for (let i = 0; i < n; i++) {
      if (t <= start[i]) continue;
      const s = strokes[i];
      const tau = Math.min(1, (t - start[i]) * inverse[i]);
      const u = minimumJerk(tau === 1 ? 1 : tau ** s.skew);
      x += s.dx * u;
      // The bow: 4u(1-u) is sin(πu) to within 6 %, for less.
      y += s.dy * u + (s.arc === 0 ? 0 : 4 * s.arc * u * (1 - u));
    }
    return [x, y];
  };
}

/** Where the strokes so far end (without drift). */
const strokesEnd = (origin: Point, strokes: readonly Stroke[]): Point => [
  origin[0] + strokes.reduce((s, k) => s + k.dx, 0),
  origin[1] + strokes.reduce((s, k) => s + k.dy, 0),
];

/** Fitts-like duration of an aimed stroke (ms) with a person's spread. */
const strokeDuration = (random: Random, distance: number, base: number, slope: number) =>
  (base + slope * Math.log2(Math.abs(distance) / 8 + 1)) * logNormal(random, 1, 0.22);

/**
 * Aims from `from` at `target`: a primary stroke that misses by a few percent (sometimes
 * overshooting, sometimes pausing half-way), then corrections until within `tolerance` px.
 * Returns the strokes and when the hand comes to rest.
 */
function aim(
  random: Random,
  from: Point,
  target: Point,
  start: number,
  tolerance: number,
  options: { overshoot: number; pause: number; arcShare: number },
): { strokes: Stroke[]; end: number } {
  const strokes: Stroke[] = [];
  const dx = target[0] - from[0];
  const dy = target[1] - from[1];
  const distance = Math.hypot(dx, dy);
  const error = chance(random, options.overshoot) ? uniform(random, 0.03, 0.12) : normal(random) * 0.04 - 0.04;
  const sideways = normal(random) * 0.03;
  const [ex, ey] = [dx * (1 + error) - dy * sideways, dy * (1 + error) + dx * sideways];
  let t = start;
  const arcSize = (d: number) => normal(random) * options.arcShare * d;
  if (distance > 30 && chance(random, options.pause)) {
    // A hesitation: the hand stops part-way, compares, goes on.
    const share = uniform(random, 0.35, 0.8);
    const d1 = strokeDuration(random, distance * share, 120, 110);
    strokes.push({
      start: t,
      duration: d1,
      dx: ex * share,
      dy: ey * share,
      skew: uniform(random, 0.8, 1.15),
      arc: arcSize(distance * share),
    });
    t += d1 + logNormal(random, 260, 0.5);
    const d2 = strokeDuration(random, distance * (1 - share), 110, 100);
    strokes.push({
      start: t,
      duration: d2,
      dx: ex * (1 - share),
      dy: ey * (1 - share),
      skew: uniform(random, 0.8, 1.15),
      arc: arcSize(distance * (1 - share)),
    });
    t += d2;
  } else {
    const d = strokeDuration(random, distance, 140, 125);
    strokes.push({ start: t, duration: d, dx: ex, dy: ey, skew: uniform(random, 0.78, 1.15), arc: arcSize(distance) });
    t += d;
  }
  for (let i = 0; i < 5; i++) {
    const [x, y] = strokesEnd(from, strokes);
    const rx = target[0] - x;
    const ry = target[1] - y;
    const remaining = Math.hypot(rx, ry);
    if (remaining <= tolerance) break;
    const previous = strokes[strokes.length - 1];
    // Corrections often start before the previous stroke has ended (a velocity dip, no stop).
    const begin = chance(random, 0.45) ? t - previous.duration * uniform(random, 0.05, 0.3) : t + logNormal(random, 90, 0.6);
    const d = (100 + 55 * Math.log2(remaining / 2 + 1)) * logNormal(random, 1, 0.2);
    const gain = 1 + normal(random) * 0.12;
    strokes.push({ start: begin, duration: d, dx: rx * gain, dy: ry * gain, skew: uniform(random, 0.8, 1.2), arc: 0 });
    t = Math.max(t, begin + d);
  }
  return { strokes, end: t };
}

// ---------------------------------------------------------------------------------------------
// Drags (SLIDER, PUZZLE, IMAGE_RESTORATION)

export interface HumanDragOptions {
  /** The handle's value when the drag starts, and the value the person wants. */
  from: number;
  to: number;
  /** Challenge units per CSS px of the track (random 0.85..1.45 when absent). */
  unitsPerPx?: number;
  /** The handle's size in CSS px (the widget's track height, 40 by default). */
  handlePx?: number;
  pointer?: HumanPointer;
  device?: InputDevice;
}

export interface HumanMotion {
  events: RawEvent[];
  pointer: HumanPointer | "keyboard";
  /** Units per CSS px used for x (drags); 1 elsewhere. */
  unitsPerPx: number;
}

export const DEFAULT_HANDLE_PX = 40;

export function humanDrag(random: Random, options: HumanDragOptions): HumanMotion {
  const pointer = options.pointer ?? "mouse";
  const device = options.device ?? randomDevice(random, pointer);
  const scale = options.unitsPerPx ?? uniform(random, 0.85, 1.45);
  const handlePx = options.handlePx ?? DEFAULT_HANDLE_PX;
  const touch = pointer === "touch";
  // Where the press lands on the handle: somewhere near its middle, never the same spot twice.
  const grab: Point = [
    options.from / scale + clip(handlePx / 2 + normal(random) * handlePx * 0.17, 3, handlePx - 3),
    clip(normal(random) * handlePx * (touch ? 0.15 : 0.12), -handlePx / 2 + 2, handlePx / 2 - 2),
  ];
  const stalls: [number, number][] = [];
  const events: RawEvent[] = [];
  const toEvent = (kind: "m" | "d" | "u", t: number, p: Point): RawEvent => [kind, stamp(device, t), round1(p[0] * scale), round1(p[1])];

  // Looking at the challenge first (finding the gap takes a moment).
  const lookMs = Math.max(260, logNormal(random, 900, 0.5));
  let pressAt: number;
  let pressPoint: Point;
  const tremor = touch ? uniform(random, 0.1, 0.6) : uniform(random, 0.02, 0.25);
  if (!touch) {
    // The approach: from somewhere below or beside, to the handle.
    const angle = Math.PI / 2 + normal(random) * 0.9;
    const distance = clip(logNormal(random, 110, 0.5), 25, 400);
    const start: Point = [grab[0] + Math.cos(angle) * distance, grab[1] + Math.sin(angle) * distance];
    const approach = aim(random, start, grab, lookMs, uniform(random, 1, 4), { overshoot: 0.15, pause: 0.03, arcShare: 0.05 });
    const hand = handPath(start, approach.strokes, wander(random, 0.6, tremor, lookMs), wander(random, 0.6, tremor, lookMs));
    pressAt = approach.end + clip(logNormal(random, 150, 0.55), 35, 1200);
    if (chance(random, 0.1)) stalls.push(stall(random, lookMs, 300));
    for (const [t, x, y] of capture(hand, device, random, lookMs, pressAt, stalls)) events.push(toEvent("m", t, [x, y]));
    pressPoint = hand(pressAt);
  } else {
    pressAt = lookMs + logNormal(random, 350, 0.4);
    pressPoint = [grab[0] + normal(random) * 2, grab[1] + normal(random) * 2];
  }
  const quantise = (p: Point): Point => [Math.round(p[0] / device.pixel) * device.pixel, Math.round(p[1] / device.pixel) * device.pixel];
  pressPoint = quantise(pressPoint);
  events.push(toEvent("d", pressAt, pressPoint));

  // The drag: settle the grip, then aim at where the handle should go.
  const startMoving = pressAt + clip(logNormal(random, 110, 0.5), 25, 600);
  const target: Point = [pressPoint[0] + (options.to - options.from) / scale, pressPoint[1] + normal(random) * 3];
  const tolerance = uniform(random, 0.6, 2.5) / scale;
  const drag = aim(random, pressPoint, target, startMoving, tolerance, { overshoot: 0.25, pause: 0.1, arcShare: touch ? 0.04 : 0.025 });
  const hand = handPath(
    pressPoint,
    drag.strokes,
    wander(random, touch ? 1 : 0.4, tremor, pressAt),
    wander(random, touch ? 2.5 : uniform(random, 0.3, 1.6), tremor, pressAt),
  );
  const releaseAt = drag.end + clip(logNormal(random, 170, 0.55), 30, 1500);
  if (chance(random, 0.06)) stalls.push(stall(random, startMoving, 400));
  for (const [t, x, y] of capture(hand, device, random, pressAt + 0.5, releaseAt, stalls)) events.push(toEvent("m", t, [x, y]));
  // The release is where the last move left the pointer (a person lets go standing still).
  const lastMove = events[events.length - 1];
  const releasePoint: Point = lastMove[0] === "m" ? [lastMove[2] / scale, lastMove[3]] : pressPoint;
  events.push(toEvent("u", releaseAt, releasePoint));
  return { events, pointer, unitsPerPx: scale };
}

// ---------------------------------------------------------------------------------------------
// Clicks (ONE_CLICK checkbox, INVISIBLE trigger button)

export interface HumanClickOptions {
  /** The control's size in CSS px; events are relative to its top-left corner. */
  box: readonly [number, number];
  pointer?: HumanPointer;
  device?: InputDevice;
  /** Median time before the person starts moving to the control (ms). */
  lookMs?: number;
}

export function humanClick(random: Random, options: HumanClickOptions): HumanMotion {
  const pointer = options.pointer ?? "mouse";
  const device = options.device ?? randomDevice(random, pointer);
  const [w, h] = options.box;
  const touch = pointer === "touch";
  // Where the person means to press (the icon, the label, somewhere on the button), and misses a bit.
  const aimPoint: Point = [w * uniform(random, 0.12, 0.8), h * uniform(random, 0.3, 0.7)];
  const target: Point = [
    clip(aimPoint[0] + normal(random) * Math.min(8, w * 0.05), 3, w - 3),
    clip(aimPoint[1] + normal(random) * Math.min(4, h * 0.08), 3, h - 3),
  ];
  const events: RawEvent[] = [];
  const toEvent = (kind: "m" | "d" | "u", t: number, p: Point): RawEvent => [kind, stamp(device, t), round1(p[0]), round1(p[1])];
  const lookMs = Math.max(220, logNormal(random, options.lookMs ?? 800, 0.5));
  const quantise = (p: Point): Point => [Math.round(p[0] / device.pixel) * device.pixel, Math.round(p[1] / device.pixel) * device.pixel];
  const tremor = touch ? uniform(random, 0.1, 0.5) : uniform(random, 0.02, 0.25);
  let pressAt: number;
  let hand: HandPath;
  if (!touch) {
    const angle = random() * 2 * Math.PI;
    const distance = clip(logNormal(random, 260, 0.6), 40, 1000);
    const start: Point = [target[0] + Math.cos(angle) * distance, target[1] + Math.sin(angle) * distance];
    // Close enough to press, and still on the control (a press beside it would not be a click).
    const room = Math.min(target[0], w - target[0], target[1], h - target[1]) - 1.5;
    const tolerance = Math.max(0.5, Math.min(room, Math.max(2, Math.min(w, h) * uniform(random, 0.05, 0.25))));
    const approach = aim(random, start, target, lookMs, tolerance, { overshoot: 0.15, pause: 0.05, arcShare: 0.06 });
    hand = handPath(start, approach.strokes, wander(random, 1, tremor, lookMs), wander(random, 1, tremor, lookMs));
    // People often press as the pointer arrives, sometimes after a short look.
    pressAt = approach.end + clip(logNormal(random, 110, 0.6), 15, 1000);
    const stalls: [number, number][] = chance(random, 0.08) ? [stall(random, lookMs, 200)] : [];
    for (const [t, x, y] of capture(hand, device, random, lookMs, pressAt, stalls)) events.push(toEvent("m", t, [x, y]));
  } else {
    pressAt = lookMs + logNormal(random, 400, 0.4);
    const wx = wander(random, 0.5, tremor, pressAt);
    const wy = wander(random, 0.5, tremor, pressAt);
    hand = (t) => [target[0] + wx(t), target[1] + wy(t)];
  }
  const pressPoint = quantise(hand(pressAt));
  events.push(toEvent("d", pressAt, pressPoint));
  const releaseAt = pressAt + clip(logNormal(random, touch ? 85 : 95, 0.35), 30, 600);
  // A finger rolls, a mouse hand twitches: sometimes a move while pressed.
  if (chance(random, touch ? 0.4 : 0.12)) {
    const t = uniform(random, pressAt + 8, releaseAt - 4);
    events.push(
      toEvent("m", t, [pressPoint[0] + normal(random) * (touch ? 1.5 : 0.6), pressPoint[1] + normal(random) * (touch ? 1.5 : 0.6)]),
    );
  }
  const last = events[events.length - 1];
  events.push(toEvent("u", releaseAt, [last[2] as number, last[3] as number]));
  return { events, pointer, unitsPerPx: 1 };
}

// ---------------------------------------------------------------------------------------------
// Keyboard (the accessible path: never removed, judged on its own terms)

export interface HumanKeyboardOptions {
  from: number;
  to: number;
  max: number;
}

/** Auto-repeat settings people actually have: delay before repeating, then the repeat period (ms). */
const REPEAT_SETTINGS: readonly (readonly [readonly [number, number], number])[] = [
  [[500, 33.3], 0.35], // Windows default
  [[250, 33.3], 0.1],
  [[660, 40], 0.15], // X11 default
  [[375, 83.3], 0.25], // macOS default-ish
  [[225, 50], 0.15],
];

export function humanKeyboard(random: Random, options: HumanKeyboardOptions): HumanMotion {
  const resolution = pick(random, [
    [0.1, 0.65],
    [1, 0.35],
  ] as const);
  const at = (t: number) => round1(Math.round(t / resolution) * resolution);
  const events: RawEvent[] = [];
  // Tabbing to the control and reading the instructions.
  let t = Math.max(350, logNormal(random, 1600, 0.5));
  let value = options.from;
  const press = (key: Key, shift = false) => {
    events.push(shift ? ["k", at(t), key, true] : ["k", at(t), key]);
    const step = shift || key === "PageUp" || key === "PageDown" ? 20 : 5;
    if (key === "ArrowRight" || key === "ArrowUp" || key === "PageUp") value = Math.min(options.max, value + step);
    else if (key === "ArrowLeft" || key === "ArrowDown" || key === "PageDown") value = Math.max(0, value - step);
    else if (key === "Home") value = 0;
    else if (key === "End") value = options.max;
  };
  // A steady tapper has a tempo; every press varies around it, and now and then the person looks.
  const tempo = logNormal(random, 190, 0.3);
  const gap = () => Math.max(70, tempo * logNormal(random, 1, 0.25)) + (chance(random, 0.12) ? logNormal(random, 450, 0.5) : 0);
  const up = options.to >= value;
  const coarse = chance(random, 0.45);
  const coarseKey: [Key, boolean] = chance(random, 0.5) ? [up ? "PageUp" : "PageDown", false] : [up ? "ArrowRight" : "ArrowLeft", true];
  const fine: Key = chance(random, 0.8) ? (up ? "ArrowRight" : "ArrowLeft") : up ? "ArrowUp" : "ArrowDown";
  const fineBack: Key =
    fine === "ArrowRight" ? "ArrowLeft" : fine === "ArrowLeft" ? "ArrowRight" : fine === "ArrowUp" ? "ArrowDown" : "ArrowUp";
  const remaining = () => options.to - value;
  let first = true;
  const next = () => {
    if (!first) t += gap();
    first = false;
  };
  if (chance(random, 0.04)) {
    // A slip: the wrong way first.
    next();
    press(fineBack);
  }
  if (coarse) {
    while (Math.abs(remaining()) >= 20 + uniform(random, 0, 10)) {
      next();
      press(coarseKey[0], coarseKey[1]);
    }
    if (events.length > 0) t += logNormal(random, 350, 0.5); // switching keys
  }
  const far = Math.abs(remaining()) / 5;
  if (far >= 8 && chance(random, 0.45)) {
    // Holding the arrow down: one press, the repeat delay, then the OS repeats at its own rate,
    // until the person sees the piece near its place and lets go (a little late, usually).
    const [delay, period] = pick(random, REPEAT_SETTINGS);
    next();
    press(fine);
    t += delay + normal(random) * 3;
    const stopAt = far - 1 - Math.round(uniform(random, -1, 3));
    for (let i = 1; i < stopAt; i++) {
      press(fine);
      t += period + normal(random) * 1.2;
    }
    t += logNormal(random, 300, 0.4);
    first = true;
  }
  let guard = 0;
  while (Math.abs(remaining()) > 2.5 && guard++ < 200) {
    next();
    press(remaining() > 0 === up ? fine : fineBack);
  }
  // A last look, then Enter.
  t += Math.max(150, logNormal(random, 650, 0.5));
  events.push(["k", at(t), "Enter"]);
  return { events, pointer: "keyboard", unitsPerPx: 1 };
}

/** A keyboard user activating a button (ONE_CLICK checkbox, INVISIBLE trigger): one key. */
export function humanKeyActivation(random: Random, key: "Enter" | " " = "Enter"): HumanMotion {
  return { events: [["k", round1(Math.max(400, logNormal(random, 2200, 0.6))), key]], pointer: "keyboard", unitsPerPx: 1 };
}
