import { describe, expect, it } from "vitest";
import { humanClick, humanDrag, humanKeyboard, seededRandom, uniform, type Random } from "../../../e2e/human-motion";
import { replayScaled } from "../../../scripts/bench/bots/scripted-motion";
import type { RawEvent } from "./events";
import { fingerprintsOf, pathFingerprints } from "./fingerprint";
import type { InteractionKind } from "./score";

/**
 * Pairs of different paths where one would be taken for a replay of the other: its looked-up
 * fingerprints include one remembered for the other (what the runtime stores for an accepted attempt).
 */
function collisions(paths: readonly RawEvent[][], kind: InteractionKind): { collisions: number; empty: number; strings: number } {
  const owner = new Map<string, number>();
  let found = 0;
  let empty = 0;
  let strings = 0;
  paths.forEach((events, i) => {
    const { remembered, lookedUp } = fingerprintsOf(events, kind);
    if (lookedUp.length === 0) empty++;
    strings += remembered.length;
    const others = new Set<number>();
    for (const p of lookedUp) {
      const other = owner.get(p);
      if (other !== undefined && other !== i) others.add(other);
    }
    found += others.size;
    for (const p of remembered) owner.set(p, i);
  });
  return { collisions: found, empty, strings: strings / paths.length };
}

/** Whether an attempt is recognised as a replay of `recorded`: the runtime remembers, then looks up. */
const recognises = (recorded: readonly RawEvent[], attempt: readonly RawEvent[], kind: InteractionKind) => {
  const remembered = fingerprintsOf(recorded, kind).remembered;
  return fingerprintsOf(attempt, kind).lookedUp.some((p) => remembered.includes(p));
};

/** A replay of a recorded path: scaled onto a random new target, every event ±1 px, shifted in time. */
const replay = (random: Random, events: RawEvent[]) =>
  replayScaled(random, events, { from: 0, to: Math.round(uniform(random, 40, 260)), noise: 1, timeShift: uniform(random, -5000, 5000) });

describe("drag fingerprints", () => {
  it("5,000 different human drags: no two share a fingerprint", { timeout: 120_000 }, () => {
    const random = seededRandom(601);
    const paths = Array.from(
      { length: 5000 },
      () => humanDrag(random, { from: 0, to: Math.round(uniform(random, 40, 260)), pointer: random() < 0.2 ? "touch" : "mouse" }).events,
    );
    const result = collisions(paths, "drag");
    console.log(`drag fingerprints: ${result.collisions} collisions among 5,000 paths, ${result.strings.toFixed(1)} remembered per path`);
    expect(result.empty).toBe(0);
    expect(result.collisions).toBe(0);
  });

  it("a recorded drag replayed onto new targets (x scaled), shifted in time, with ±1 px noise, is recognised", { timeout: 60_000 }, () => {
    const random = seededRandom(602);
    const perPath: number[] = [];
    for (let p = 0; p < 20; p++) {
      const recorded = humanDrag(random, { from: 0, to: Math.round(uniform(random, 40, 260)) }).events;
      let recognised = 0;
      for (let i = 0; i < 100; i++) if (recognises(recorded, replay(random, recorded), "drag")) recognised++;
      perPath.push(recognised);
    }
    const total = perPath.reduce((a, b) => a + b, 0);
    console.log(`drag replays recognised: ${total} / 2000 (per recorded path, worst ${Math.min(...perPath)} / 100)`);
    // The first recorded path is "one path": at least 99 of its 100 replays; and 99 % overall.
    expect(perPath[0]).toBeGreaterThanOrEqual(99);
    expect(total).toBeGreaterThanOrEqual(0.99 * 2000);
  });

  it("an exact copy (same events) and a copy stretched in time match; a path of 5 units has none", () => {
    const random = seededRandom(603);
    const recorded = humanDrag(random, { from: 0, to: 150 }).events;
    expect(recognises(recorded, recorded, "drag")).toBe(true);
    const stretched = recorded.map(([k, t, x, y]) => [k, Math.round(t * 1.2 * 10) / 10, x, y] as RawEvent);
    expect(recognises(recorded, stretched, "drag")).toBe(true);
    expect(
      pathFingerprints(
        [
          ["d", 100, 20, 0],
          ["m", 200, 22, 0],
          ["u", 300, 25, 0],
        ],
        "drag",
      ),
    ).toEqual([]);
  });
});

describe("click fingerprints (the approach)", () => {
  it("1,000 different approaches: no collisions; a replay with ±1 px noise and a time shift is recognised", { timeout: 60_000 }, () => {
    const random = seededRandom(604);
    const box = [360, 40] as const;
    const paths = Array.from({ length: 1000 }, () => humanClick(random, { box }).events);
    expect(collisions(paths, "click").collisions).toBe(0);
    let recognised = 0;
    for (const recorded of paths.slice(0, 100)) {
      const copy = recorded.map(
        ([k, t, x, y]) =>
          [
            k,
            Math.round((t + 1234.5) * 10) / 10,
            (x as number) + uniform(random, -1, 1),
            (y as number) + uniform(random, -1, 1),
          ] as RawEvent,
      );
      if (recognises(recorded, copy, "click")) recognised++;
    }
    console.log(`click replays recognised: ${recognised} / 100`);
    expect(recognised).toBeGreaterThanOrEqual(99);
  });
});

describe("keyboard fingerprints: the exact timing, or nothing", () => {
  it("a replayed key sequence (same intervals, shifted) matches; 2,000 people's sequences never collide", () => {
    const random = seededRandom(605);
    const sequences = Array.from(
      { length: 2000 },
      () => humanKeyboard(random, { from: 0, to: Math.round(uniform(random, 40, 260)), max: 300 }).events,
    );
    expect(collisions(sequences, "keyboard").collisions).toBe(0);
    const recorded = sequences[0];
    const shifted = recorded.map((e) => [e[0], e[1] + 777, e[2], e[3]] as RawEvent);
    expect(recognises(recorded, shifted, "keyboard")).toBe(true);
  });

  it("too few presses to be personal: no fingerprint", () => {
    expect(
      pathFingerprints(
        [
          ["k", 900, "ArrowRight"],
          ["k", 1200, "ArrowRight"],
          ["k", 1500, "Enter"],
        ],
        "keyboard",
      ),
    ).toEqual([]);
    expect(pathFingerprints([["k", 2100, "Enter"]], "page")).toEqual([]);
  });
});
