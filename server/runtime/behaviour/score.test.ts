import { describe, expect, it } from "vitest";
import { humanClick, humanDrag, humanKeyActivation, humanKeyboard, seededRandom, uniform, type Random } from "../../../e2e/human-motion";
import * as bots from "../../../scripts/bench/bots/scripted-motion";
import type { RawEvent } from "./events";
import {
  BEHAVIOUR_THRESHOLDS,
  interactionKindFor,
  looksScripted,
  scoreBehaviour,
  type BehaviourContext,
  type InteractionKind,
} from "./score";

/**
 * People (the human-motion generator) must pass, scripts (the attacker's paths) must not. Rates
 * are printed and asserted; every run is seeded, so a failure reproduces.
 */

const TRACK = 300;
const HANDLE = 37; // 40 CSS px of handle on a 360 px track for 300 units
const sliderContext = (pointer: BehaviourContext["pointer"] = "mouse", unitsPerPx = HANDLE / 40): BehaviourContext => ({
  pointer,
  startValue: 0,
  handleWidth: 40 * unitsPerPx,
  handleHeight: 40,
});
const target = (random: Random) => Math.round(uniform(random, 40, 260));

interface Rates {
  basic: number;
  strict: number;
}

/** Share of runs judged scripted at the Basic and at the Attack and Defense threshold. */
function scriptedRates(
  runs: number,
  seed: number,
  attempt: (random: Random) => { kind: InteractionKind; events: RawEvent[]; context: BehaviourContext },
): Rates {
  const random = seededRandom(seed);
  let basic = 0;
  let strict = 0;
  for (let i = 0; i < runs; i++) {
    const { kind, events, context } = attempt(random);
    const { score } = scoreBehaviour(kind, events, context);
    if (looksScripted(score, "BASIC")) basic++;
    if (looksScripted(score, "ATTACK_AND_DEFENSE")) strict++;
  }
  return { basic: basic / runs, strict: strict / runs };
}

const percent = (x: number) => `${(x * 100).toFixed(2)} %`;
const report = (name: string, rates: Rates, subject: "people" | "scripts") =>
  console.log(
    `${name.padEnd(34)} judged scripted: Basic ${percent(rates.basic).padStart(8)}   Attack and Defense ${percent(rates.strict).padStart(8)}   (${subject})`,
  );

describe("people pass", () => {
  it("drags to random targets 40..260 on a 300-unit track (mouse and touch)", { timeout: 60_000 }, () => {
    const rates = scriptedRates(2000, 101, (random) => {
      const pointer = random() < 0.2 ? "touch" : "mouse";
      // The track's width (and so its units per CSS px) varies with the page's layout.
      const { events, unitsPerPx } = humanDrag(random, { from: 0, to: target(random), pointer });
      return { kind: "drag", events, context: sliderContext(pointer, unitsPerPx) };
    });
    report("human drag", rates, "people");
    expect(rates.basic).toBeLessThanOrEqual(0.005);
    expect(rates.strict).toBeLessThanOrEqual(0.02);
  });

  it("clicks on the checkbox (ONE_CLICK, mouse and touch)", { timeout: 60_000 }, () => {
    const rates = scriptedRates(2000, 102, (random) => {
      const pointer = random() < 0.2 ? "touch" : "mouse";
      const box = [360, 40] as const;
      return { kind: "click", events: humanClick(random, { box, pointer }).events, context: { box, pointer } };
    });
    report("human click", rates, "people");
    expect(rates.basic).toBeLessThanOrEqual(0.005);
    expect(rates.strict).toBeLessThanOrEqual(0.02);
  });

  it("presses on a page's trigger button (INVISIBLE)", { timeout: 60_000 }, () => {
    const rates = scriptedRates(500, 103, (random) => {
      const box = [Math.round(uniform(random, 80, 240)), Math.round(uniform(random, 30, 48))] as const;
      return { kind: "page", events: humanClick(random, { box, lookMs: 4000 }).events, context: { box, pointer: "mouse" } };
    });
    report("human page trigger", rates, "people");
    expect(rates.basic).toBeLessThanOrEqual(0.005);
    expect(rates.strict).toBeLessThanOrEqual(0.02);
  });

  it("operate the slider with the keyboard", { timeout: 60_000 }, () => {
    const rates = scriptedRates(2000, 104, (random) => ({
      kind: "keyboard",
      events: humanKeyboard(random, { from: 0, to: target(random), max: TRACK }).events,
      context: {},
    }));
    report("human keyboard", rates, "people");
    expect(rates.basic).toBeLessThanOrEqual(0.005);
    expect(rates.strict).toBeLessThanOrEqual(0.02);
    // A keyboard user activating a button: one key, after a moment.
    const single = scriptedRates(300, 105, (random) => ({ kind: "keyboard", events: humanKeyActivation(random).events, context: {} }));
    expect(single.strict).toBe(0);
  });
});

describe("scripts fail", { timeout: 60_000 }, () => {
  const drag =
    (make: (random: Random, options: bots.ScriptedDragOptions) => RawEvent[], pointer: BehaviourContext["pointer"] = "mouse") =>
    (random: Random) => ({
      kind: "drag" as const,
      events: make(random, { from: 0, to: target(random), handleWidth: HANDLE }),
      context: sliderContext(pointer),
    });

  it.each([
    ["B2 straight, even intervals, constant y", bots.straightEvenDrag, 201],
    ["straight with uniform noise on y", bots.noisyStraightDrag, 202],
    ["Playwright mouse.move bursts", bots.playwrightBurstDrag, 203],
    ["tianai-compliant ease-out script", bots.tianaiCompliantDrag, 204],
  ] as const)("%s", (name, make, seed) => {
    const rates = scriptedRates(600, seed, drag(make));
    report(name, rates, "scripts");
    expect(rates.basic).toBeGreaterThanOrEqual(0.99);
    expect(rates.strict).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ["page.click() (teleport, burst or instant release)", bots.playwrightClick, 0.99, 301],
    ["straight, evenly timed approach to the checkbox", bots.straightApproachClick, 0.97, 302],
  ] as const)("%s", (name, make, minimum, seed) => {
    const box = [360, 40] as const;
    const rates = scriptedRates(600, seed, (random) => ({
      kind: "click",
      events: make(random, { box }),
      context: { box, pointer: "mouse" },
    }));
    report(name, rates, "scripts");
    expect(rates.basic).toBeGreaterThanOrEqual(minimum);
    expect(rates.strict).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ["keys at an exact interval", bots.evenKeys, 401],
    ["keys as fast as possible", bots.instantKeys, 402],
  ] as const)("%s", (name, make, seed) => {
    const rates = scriptedRates(600, seed, (random) => ({
      kind: "keyboard",
      events: make(random, { from: 0, to: target(random) }),
      context: {},
    }));
    report(name, rates, "scripts");
    expect(rates.basic).toBeGreaterThanOrEqual(0.99);
    expect(rates.strict).toBeGreaterThanOrEqual(0.99);
  });

  it("known limits, measured (not required): claimed touch, an ease-in-out script, human-like key waits", () => {
    const touch = scriptedRates(300, 501, drag(bots.tianaiCompliantDrag, "touch"));
    report("tianai script claiming touch", touch, "scripts");
    const easeInOut = scriptedRates(300, 502, drag(bots.easeInOutDrag));
    report("ease-in-out script (a bell profile)", easeInOut, "scripts");
    const keys = scriptedRates(300, 503, (random) => ({
      kind: "keyboard",
      events: bots.jitteredKeys(random, { from: 0, to: target(random) }),
      context: {},
    }));
    report("keys at random human-like waits", keys, "scripts");
    // Claiming touch removes the approach rules but not the shape of the drag.
    expect(touch.strict).toBeGreaterThanOrEqual(0.95);
  });
});

describe("tianai-captcha's track rules, one at a time, on a person's drag", () => {
  // A real-looking drag that passes, then broken in exactly one way.
  const person = (() => {
    const random = seededRandom(9);
    for (;;) {
      const events = humanDrag(random, { from: 0, to: 180 }).events;
      if (scoreBehaviour("drag", events, sliderContext()).score < 0.1) return events;
    }
  })();
  const downAt = person.findIndex((e) => e[0] === "d");
  const upAt = person.findIndex((e) => e[0] === "u");
  const down = person[downAt] as [string, number, number, number];
  const judged = (events: RawEvent[]) => scoreBehaviour("drag", events, sliderContext());
  const mapDrag = (f: (e: [string, number, number, number], i: number) => RawEvent) =>
    person.map((e, i) => (i >= downAt && i <= upAt ? f(e as [string, number, number, number], i) : e));

  it("the untouched drag passes", () => {
    expect(looksScripted(judged(person), "ATTACK_AND_DEFENSE")).toBe(false);
  });

  it("under 300 ms", () => {
    const duration = person[upAt][1] - down[1];
    const fast = mapDrag(([k, t, x, y]) => [k, down[1] + ((t - down[1]) * 250) / duration, x, y] as RawEvent);
    const result = judged(fast);
    expect(result.reasons).toContain("drag.too_fast");
    expect(looksScripted(result, "BASIC")).toBe(true);
  });

  it("under 10 points", () => {
    const moves = person.slice(downAt + 1, upAt);
    const sparse = [
      ...person.slice(0, downAt + 1),
      ...moves.filter((_, i) => i % Math.ceil(moves.length / 8) === 0),
      ...person.slice(upAt),
    ];
    const result = judged(sparse as RawEvent[]);
    expect(result.reasons).toContain("drag.too_few_points");
    expect(looksScripted(result, "BASIC")).toBe(true);
  });

  it("a start away from the origin (the press is not on the handle)", () => {
    const shifted = person.map(([k, t, x, y]) => (k === "k" ? ([k, t, x, y] as RawEvent) : ([k, t, (x as number) + 30, y] as RawEvent)));
    const result = judged(shifted);
    expect(result.reasons).toContain("drag.press_off_handle");
    expect(looksScripted(result, "BASIC")).toBe(true);
  });

  it("a constant y", () => {
    const flat = mapDrag(([k, t, x]) => [k, t, x, down[3]] as RawEvent);
    const result = judged(flat);
    expect(result.reasons).toContain("drag.constant_y");
    expect(looksScripted(result, "ATTACK_AND_DEFENSE")).toBe(true);
  });

  it("a jump of more than 50 px between two events", () => {
    const i = downAt + Math.floor((upAt - downAt) / 2);
    const jumped = mapDrag(([k, t, x, y], j) => [k, t, j >= i && j < upAt ? x + 60 : x, y] as RawEvent);
    const result = judged(jumped);
    expect(result.reasons).toContain("drag.jump");
    expect(looksScripted(result, "ATTACK_AND_DEFENSE")).toBe(true);
  });

  it("no slowing down towards the end (it stops dead from full speed)", () => {
    // The person's approach and press, then a drag at the display's frame rhythm with a smooth
    // y drift that accelerates like a hand, but cruises at full speed until it stops dead.
    const random = seededRandom(12);
    const distance = 180;
    const frames = 50;
    const moves: [string, number, number, number][] = [];
    for (let k = 1; k <= frames; k++) {
      const u = k / frames;
      const progress = u < 0.3 ? (u * u) / 0.6 / 0.85 : (0.15 + (u - 0.3)) / 0.85;
      const t = down[1] + 120 + k * 16.7 + (random() - 0.5) * 1.2;
      moves.push([
        "m",
        Math.round(t * 10) / 10,
        Math.round((down[2] + distance * progress) * 10) / 10,
        Math.round((down[3] + 2 * Math.sin(3 * u)) * 10) / 10,
      ]);
    }
    const last = moves[moves.length - 1];
    const abrupt = [...person.slice(0, downAt + 1), ...moves, ["u", last[1] + 150, last[2], last[3]]] as RawEvent[];
    const result = judged(abrupt);
    expect(result.reasons).toContain("drag.no_slowdown");
    expect(looksScripted(result, "ATTACK_AND_DEFENSE")).toBe(true);
  });

  it("and what tianai misses: an ease-out from full speed, noise that is independent per point, a burst", () => {
    const random = seededRandom(10);
    const tianai = scoreBehaviour("drag", bots.tianaiCompliantDrag(random, { from: 0, to: 180, handleWidth: HANDLE }), sliderContext());
    expect(tianai.reasons).toContain("drag.no_acceleration");
    const noisy = scoreBehaviour("drag", bots.noisyStraightDrag(random, { from: 0, to: 180, handleWidth: HANDLE }), sliderContext());
    expect(noisy.reasons).toContain("drag.white_noise_y");
    const burst = scoreBehaviour("drag", bots.playwrightBurstDrag(random, { from: 0, to: 180, handleWidth: HANDLE }), sliderContext());
    expect(burst.reasons).toContain("timing.burst");
  });
});

describe("the score's shape", () => {
  it("is in [0, 1] with machine-readable reasons; no events at all is a script", () => {
    for (const kind of ["drag", "click", "page", "keyboard"] as const) {
      const result = scoreBehaviour(kind, [], {});
      expect(result.score).toBeGreaterThanOrEqual(BEHAVIOUR_THRESHOLDS.BASIC);
      expect(result.reasons).toEqual(["events.missing"]);
    }
  });

  it("Attack and Defense is the stricter threshold", () => {
    expect(BEHAVIOUR_THRESHOLDS.ATTACK_AND_DEFENSE).toBeLessThan(BEHAVIOUR_THRESHOLDS.BASIC);
    expect(looksScripted(0.6, "BASIC")).toBe(false);
    expect(looksScripted(0.6, "ATTACK_AND_DEFENSE")).toBe(true);
  });

  it("picks the scorer from the challenge and the events", () => {
    const press: RawEvent[] = [
      ["d", 500, 10, 0],
      ["u", 600, 10, 0],
    ];
    const keys: RawEvent[] = [
      ["k", 500, "ArrowRight"],
      ["k", 800, "Enter"],
    ];
    expect(interactionKindFor("PUZZLE", press)).toBe("drag");
    expect(interactionKindFor("PUZZLE", keys)).toBe("keyboard");
    expect(interactionKindFor("ONE_CLICK", press)).toBe("click");
    expect(interactionKindFor("ONE_CLICK", [["k", 900, " "]])).toBe("keyboard");
    expect(interactionKindFor("INVISIBLE", press)).toBe("page");
  });

  it("timestamps that run backwards count against", () => {
    const random = seededRandom(11);
    const events = humanDrag(random, { from: 0, to: 120 }).events;
    const i = Math.floor(events.length / 2);
    const reversed = events.map((e, j) => (j === i ? ([e[0], e[1] - 40, e[2], e[3]] as RawEvent) : e));
    expect(scoreBehaviour("drag", reversed, sliderContext()).reasons).toContain("events.time_reversed");
  });
});
