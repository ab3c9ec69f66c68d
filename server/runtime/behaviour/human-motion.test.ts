import { describe, expect, it } from "vitest";
import { humanClick, humanDrag, humanKeyActivation, humanKeyboard, seededRandom, uniform } from "../../../e2e/human-motion";
import { sliderValueFrom } from "./answer";
import { rawEventsSchema, type RawEvent } from "./events";

// The generator is shared by the end-to-end tests and the benchmark; its own promises are checked here.

const inOrder = (events: RawEvent[]) => events.every((e, i) => i === 0 || e[1] >= events[i - 1][1]);

describe("human motion generator", () => {
  it("drags reach the target (within a puzzle's tolerance), in the widget's format, in order", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 150; i++) {
      const from = i % 3 === 0 ? Math.round(uniform(random, 0, 200)) : 0;
      const to = Math.round(uniform(random, 40, 260));
      if (Math.abs(to - from) < 20) continue; // a piece always starts well away from its place
      const { events } = humanDrag(random, { from, to, pointer: i % 5 === 0 ? "touch" : "mouse" });
      expect(rawEventsSchema.safeParse(events).success).toBe(true);
      expect(inOrder(events)).toBe(true);
      const { value, via } = sliderValueFrom(events, { startValue: from, max: 300 });
      expect(via).toBe("drag");
      expect(Math.abs(value - to)).toBeLessThanOrEqual(5);
    }
  });

  it("keyboard operation reaches the target and ends with Enter", () => {
    const random = seededRandom(2);
    for (let i = 0; i < 150; i++) {
      const to = Math.round(uniform(random, 40, 260));
      const { events } = humanKeyboard(random, { from: 0, to, max: 300 });
      expect(rawEventsSchema.safeParse(events).success).toBe(true);
      expect(inOrder(events)).toBe(true);
      const result = sliderValueFrom(events, { startValue: 0, max: 300 });
      expect(result).toMatchObject({ via: "keyboard", submittedBy: "enter" });
      expect(Math.abs(result.value - to)).toBeLessThanOrEqual(2.5);
    }
    expect(humanKeyActivation(random).events).toHaveLength(1);
  });

  it("clicks land on the control after an approach (mouse) or directly (touch)", () => {
    const random = seededRandom(3);
    for (let i = 0; i < 150; i++) {
      const box = [Math.round(uniform(random, 60, 360)), 40] as const;
      const touch = i % 4 === 0;
      const { events } = humanClick(random, { box, pointer: touch ? "touch" : "mouse" });
      expect(rawEventsSchema.safeParse(events).success).toBe(true);
      const down = events.find((e) => e[0] === "d")!;
      expect(down[2]).toBeGreaterThanOrEqual(0);
      expect(down[2]).toBeLessThanOrEqual(box[0]);
      expect(down[3]).toBeGreaterThanOrEqual(0);
      expect(down[3]).toBeLessThanOrEqual(box[1]);
      expect(events.indexOf(down) > 5).toBe(!touch);
    }
  });

  it("is reproducible from a seed and different from run to run", () => {
    const a = humanDrag(seededRandom(7), { from: 0, to: 150 }).events;
    const b = humanDrag(seededRandom(7), { from: 0, to: 150 }).events;
    const c = humanDrag(seededRandom(8), { from: 0, to: 150 }).events;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
