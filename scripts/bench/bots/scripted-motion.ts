import { chance, logNormal, pick, uniform, type Random } from "../../../e2e/human-motion";
import type { Key, RawEvent } from "../../../server/runtime/behaviour/events";

/**
 * The paths an attacker's script sends instead of a person's (for the benchmark and the behaviour
 * tests). Each takes a random source, so every run differs the way a script's runs differ: the
 * attacker randomises what is cheap to randomise (durations, step counts, offsets, noise).
 *
 * B2  straightEvenDrag        a straight line, constant speed, evenly timed, y constant
 *     noisyStraightDrag       the same with small uniform noise added to y (and maybe to the timing)
 *     playwrightBurstDrag     mouse.move(x, y, {steps: n}): each call's moves land within a few ms
 *     tianaiCompliantDrag     a careful script that passes tianai-captcha's rules: >= 300 ms,
 *                             >= 10 points, starts on the handle, y noise, eased (ease-out), pauses
 * B5  replayScaled            a recorded human path replayed onto a new target by scaling x
 *
 * Clicks and keys: playwrightClick, straightApproachClick, evenKeys, instantKeys, jitteredKeys.
 */

export interface ScriptedDragOptions {
  from: number;
  to: number;
  /** The handle's width in challenge units (where the press must land). */
  handleWidth?: number;
}

const DEFAULT_HANDLE_WIDTH = 37;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Where a script presses on the handle: a fixed spot or a random one, rarely the same as a person. */
function grabPoint(random: Random, from: number, handleWidth: number): [number, number] {
  const style = pick(random, [
    ["centre", 0.3],
    ["random", 0.5],
    ["edge", 0.2],
  ] as const);
  const x =
    style === "centre"
      ? from + handleWidth / 2
      : style === "edge"
        ? from + uniform(random, 1, 5)
        : from + uniform(random, 3, handleWidth - 3);
  const y = chance(random, 0.5) ? 0 : Math.round(uniform(random, -8, 8));
  return [Math.round(x), y];
}

/** B2: straight, constant speed, fixed interval, y constant. */
export function straightEvenDrag(random: Random, options: ScriptedDragOptions): RawEvent[] {
  const [x0, y0] = grabPoint(random, options.from, options.handleWidth ?? DEFAULT_HANDLE_WIDTH);
  const distance = options.to - options.from;
  const start = Math.round(uniform(random, 300, 2500));
  const interval = pick(random, [
    [5, 1],
    [8, 1],
    [10, 2],
    [16, 2],
    [16.7, 1],
    [20, 2],
    [30, 1],
  ] as const);
  const duration = uniform(random, 300, 1500);
  const steps = Math.max(10, Math.round(duration / interval));
  const events: RawEvent[] = [["d", start, x0, y0]];
  for (let i = 1; i <= steps; i++) events.push(["m", r1(start + i * interval), r1(x0 + (distance * i) / steps), y0]);
  events.push(["u", r1(start + (steps + 1) * interval), r1(x0 + distance), y0]);
  return events;
}

/** A straight line at constant speed with small uniform random noise added to y (and to the timing, half the time). */
export function noisyStraightDrag(random: Random, options: ScriptedDragOptions): RawEvent[] {
  const [x0, y0] = grabPoint(random, options.from, options.handleWidth ?? DEFAULT_HANDLE_WIDTH);
  const distance = options.to - options.from;
  const noise = uniform(random, 0.5, 3);
  const jitter = chance(random, 0.5) ? uniform(random, 0.1, 0.5) : 0;
  const interval = uniform(random, 8, 25);
  const duration = uniform(random, 350, 1800);
  const steps = Math.max(10, Math.round(duration / interval));
  let t = Math.round(uniform(random, 300, 2500));
  const events: RawEvent[] = [["d", t, x0, y0]];
  const times: number[] = [];
  for (let i = 1; i <= steps + 1; i++) times.push((t += interval * (1 + uniform(random, -jitter, jitter))));
  const t0 = events[0][1];
  const total = times[steps - 1] - t0;
  for (let i = 0; i < steps; i++) {
    // Constant speed: x follows time, whatever the timing noise.
    events.push(["m", r1(times[i]), r1(x0 + (distance * (times[i] - t0)) / total), r1(y0 + uniform(random, -noise, noise))]);
  }
  events.push(["u", r1(times[steps]), r1(x0 + distance), r1(y0 + uniform(random, -noise, noise))]);
  return events;
}

/**
 * Playwright: page.mouse.move(start); down(); move(target, {steps: n}) (sometimes in a few calls
 * with waitForTimeout between them); up(). Each step is one CDP round trip: 0.2-3 ms apart.
 */
export function playwrightBurstDrag(random: Random, options: ScriptedDragOptions): RawEvent[] {
  const [x0, y0] = grabPoint(random, options.from, options.handleWidth ?? DEFAULT_HANDLE_WIDTH);
  const distance = options.to - options.from;
  let t = uniform(random, 300, 3000);
  const events: RawEvent[] = [["m", r1(t), x0, y0]];
  t += uniform(random, 0.5, 3);
  events.push(["d", r1(t), x0, y0]);
  const calls = pick(random, [
    [1, 0.5],
    [2, 0.25],
    [3, 0.15],
    [5, 0.1],
  ] as const);
  let x = x0;
  let y = y0;
  for (let c = 1; c <= calls; c++) {
    const targetX = x0 + (distance * c) / calls + (c < calls ? uniform(random, -5, 5) : 0);
    const targetY = chance(random, 0.3) ? y0 + uniform(random, -3, 3) : y0;
    const steps = Math.round(uniform(random, 5, 50));
    const fromX = x;
    const fromY = y;
    for (let i = 1; i <= steps; i++) {
      t += uniform(random, 0.2, 3);
      x = fromX + ((targetX - fromX) * i) / steps;
      y = fromY + ((targetY - fromY) * i) / steps;
      events.push(["m", r1(t), r1(x), r1(y)]);
    }
    if (c < calls || chance(random, 0.5)) t += uniform(random, 50, 400); // waitForTimeout
  }
  t += uniform(random, 0.5, 3);
  events.push(["u", r1(t), r1(x), r1(y)]);
  return events;
}

const EASE_OUT = {
  quad: (u: number) => 1 - (1 - u) ** 2,
  cubic: (u: number) => 1 - (1 - u) ** 3,
  quart: (u: number) => 1 - (1 - u) ** 4,
  sine: (u: number) => Math.sin((u * Math.PI) / 2),
  expo: (u: number) => (u >= 1 ? 1 : 1 - 2 ** (-10 * u)),
} as const;

/**
 * What a moderately careful attacker writes after reading tianai-captcha's rules: at least 300 ms
 * and 10 points, the press on the handle, an ease-out so it slows towards the end, y noise
 * (independent per point or a random walk), setTimeout-like intervals, integer pixels like
 * tianai's own track format, sometimes a short wait after the press and before the release.
 */
export function tianaiCompliantDrag(random: Random, options: ScriptedDragOptions): RawEvent[] {
  const [x0, y0] = grabPoint(random, options.from, options.handleWidth ?? DEFAULT_HANDLE_WIDTH);
  const distance = options.to - options.from;
  const ease =
    EASE_OUT[
      pick(random, [
        ["quad", 1],
        ["cubic", 1],
        ["quart", 1],
        ["sine", 1],
        ["expo", 1],
      ] as const)
    ];
  const duration = uniform(random, 400, 1600);
  const timing = pick(random, [
    ["uniform", 0.5],
    ["fixed", 0.25],
    ["jittered", 0.25],
  ] as const);
  const base = uniform(random, 10, 25);
  const nextInterval = () =>
    timing === "uniform" ? uniform(random, base * 0.5, base * 1.5) : timing === "fixed" ? base : base + uniform(random, 0, 4);
  const yStyle = pick(random, [
    ["independent", 0.5],
    ["walk", 0.5],
  ] as const);
  const yNoise = uniform(random, 1, 3);
  let t = Math.round(uniform(random, 500, 3000));
  const events: RawEvent[] = [["d", t, x0, y0]];
  if (chance(random, 0.5)) t += uniform(random, 40, 200);
  const t0 = t;
  let y = y0;
  while (t - t0 < duration) {
    t += nextInterval();
    const u = Math.min(1, (t - t0) / duration);
    y =
      yStyle === "independent"
        ? y0 + Math.round(uniform(random, -yNoise, yNoise))
        : Math.max(y0 - 4, Math.min(y0 + 4, y + Math.round(uniform(random, -1, 1))));
    events.push(["m", r1(t), Math.round(x0 + distance * ease(u)), y]);
  }
  t += chance(random, 0.5) ? uniform(random, 50, 300) : nextInterval();
  events.push(["u", r1(t), Math.round(x0 + distance), y]);
  return events;
}

/**
 * Not required to fail (see the tests): the same careful script with an ease-in-out (a bell-shaped
 * velocity like a person's). It shows what the other features are worth once the profile is right.
 */
export function easeInOutDrag(random: Random, options: ScriptedDragOptions): RawEvent[] {
  const events = tianaiCompliantDrag(random, options);
  const down = events[0];
  const up = events[events.length - 1];
  const moves = events.slice(1, -1);
  const t0 = moves[0][1];
  const t1 = moves[moves.length - 1][1];
  const distance = (up[2] as number) - (down[2] as number);
  const smooth = (u: number) => u * u * (3 - 2 * u);
  return [
    down,
    ...moves.map(
      ([k, t, , y]) => [k, t, Math.round((down[2] as number) + distance * smooth((t - t0) / Math.max(1, t1 - t0))), y] as RawEvent,
    ),
    up,
  ];
}

export interface ReplayOptions {
  /** The handle's value when the path was recorded (where its press sits on the handle). */
  recordedFrom?: number;
  from: number;
  to: number;
  /** Uniform noise added to x and y of every event (px or units). */
  noise?: number;
  /** Shift of every timestamp (ms). */
  timeShift?: number;
}

/**
 * B5: a recorded human drag replayed onto a new target: every x after the press is scaled so the
 * displacement becomes (to - from), the approach is moved with the handle, and small noise and a
 * time shift hide the copy.
 */
export function replayScaled(random: Random, recorded: readonly RawEvent[], options: ReplayOptions): RawEvent[] {
  const downIndex = recorded.findIndex((e) => e[0] === "d");
  const upIndex = recorded.findIndex((e, i) => i > downIndex && e[0] === "u");
  if (downIndex < 0 || upIndex < 0) return [...recorded];
  const xDown = recorded[downIndex][2] as number;
  const displacement = (recorded[upIndex][2] as number) - xDown;
  const scale = displacement === 0 ? 1 : (options.to - options.from) / displacement;
  // The press lands at the same place on the handle, wherever the handle now is.
  const newDown = xDown - (options.recordedFrom ?? 0) + options.from;
  const noise = options.noise ?? 0;
  const shift = options.timeShift ?? 0;
  const n = () => (noise ? uniform(random, -noise, noise) : 0);
  return recorded.map((event, i): RawEvent => {
    if (event[0] === "k") return [event[0], r1(event[1] + shift), event[2], event[3]] as RawEvent;
    const [kind, t, x, y] = event;
    const moved = i < downIndex ? x - xDown + newDown : newDown + (x - xDown) * scale;
    return [kind, r1(t + shift), r1(moved + n()), r1(y + n())];
  });
}

// ---------------------------------------------------------------------------------------------
// Clicks

export interface ScriptedClickOptions {
  box: readonly [number, number];
}

/** page.click(): one move to the centre (or a random point), down, up 0-2 ms later (or a fixed delay). */
export function playwrightClick(random: Random, options: ScriptedClickOptions): RawEvent[] {
  const [w, h] = options.box;
  const [x, y] = chance(random, 0.6) ? [w / 2, h / 2] : [Math.round(uniform(random, 2, w - 2)), Math.round(uniform(random, 2, h - 2))];
  let t = uniform(random, 50, 2000);
  const events: RawEvent[] = [];
  if (chance(random, 0.5)) {
    // mouse.move(x, y, {steps}) from somewhere first.
    const sx = x + uniform(random, -300, 300);
    const sy = y + uniform(random, -200, 200);
    const steps = Math.round(uniform(random, 2, 25));
    for (let i = 1; i <= steps; i++) {
      t += uniform(random, 0.2, 3);
      events.push(["m", r1(t), r1(sx + ((x - sx) * i) / steps), r1(sy + ((y - sy) * i) / steps)]);
    }
  } else {
    events.push(["m", r1(t), x, y]);
  }
  t += uniform(random, 0.3, 3);
  events.push(["d", r1(t), x, y]);
  t += chance(random, 0.5)
    ? uniform(random, 0.1, 2)
    : pick(random, [
        [50, 1],
        [100, 1],
      ] as const);
  events.push(["u", r1(t), x, y]);
  return events;
}

/** A hand-written approach: a straight line at even speed and intervals, press, fixed delay, release. */
export function straightApproachClick(random: Random, options: ScriptedClickOptions): RawEvent[] {
  const [w, h] = options.box;
  const x = Math.round(uniform(random, 0.2, 0.8) * w);
  const y = Math.round(uniform(random, 0.3, 0.7) * h);
  const sx = x + uniform(random, -400, 400);
  const sy = y + uniform(random, -300, 300);
  const interval = uniform(random, 8, 25);
  const steps = Math.round(uniform(random, 10, 60));
  const noise = chance(random, 0.5) ? uniform(random, 0.5, 2) : 0;
  let t = uniform(random, 300, 2500);
  const events: RawEvent[] = [];
  for (let i = 1; i <= steps; i++) {
    t += interval;
    events.push([
      "m",
      r1(t),
      r1(sx + ((x - sx) * i) / steps + uniform(random, -noise, noise)),
      r1(sy + ((y - sy) * i) / steps + uniform(random, -noise, noise)),
    ]);
  }
  t += uniform(random, 0, 100);
  events.push(["d", r1(t), x, y]);
  t += uniform(random, 40, 150);
  events.push(["u", r1(t), x, y]);
  return events;
}

// ---------------------------------------------------------------------------------------------
// Keys

export interface ScriptedKeysOptions {
  from: number;
  to: number;
}

function keysTo(options: ScriptedKeysOptions): Key[] {
  const steps = Math.round(Math.abs(options.to - options.from) / 5);
  return Array.from({ length: steps }, () => (options.to >= options.from ? "ArrowRight" : "ArrowLeft"));
}

/** Presses at an exact interval (keyboard.press in a loop with a fixed wait). */
export function evenKeys(random: Random, options: ScriptedKeysOptions): RawEvent[] {
  const interval = pick(random, [
    [20, 1],
    [50, 1],
    [100, 2],
    [150, 1],
    [200, 1],
  ] as const);
  let t = uniform(random, 200, 2000);
  const events: RawEvent[] = keysTo(options).map((key) => ["k", r1((t += interval)), key]);
  events.push(["k", r1(t + interval), "Enter"]);
  return events;
}

/** Presses as fast as the protocol allows (keyboard.press without waits). */
export function instantKeys(random: Random, options: ScriptedKeysOptions): RawEvent[] {
  let t = uniform(random, 0, 1500);
  const events: RawEvent[] = keysTo(options).map((key) => ["k", r1((t += uniform(random, 0.1, 3))), key]);
  events.push(["k", r1(t + uniform(random, 0.1, 3)), "Enter"]);
  return events;
}

/**
 * Not required to fail (see the tests): a script that waits a random human-like time between
 * presses. Keyboard timing has little room for evidence; this is the honest limit of that path.
 */
export function jitteredKeys(random: Random, options: ScriptedKeysOptions): RawEvent[] {
  let t = uniform(random, 800, 3000);
  const events: RawEvent[] = keysTo(options).map((key) => ["k", r1((t += uniform(random, 90, 300))), key]);
  events.push(["k", r1(t + logNormal(random, 600, 0.4)), "Enter"]);
  return events;
}
