import { describe, expect, it } from "vitest";
import { EventRecorder, oneDecimal } from "./recorder";
import { draggedValue, keyedValue, replaySlider } from "./slider-model";

describe("keyedValue", () => {
  it("steps 5, 20 with Shift, 20 by page, to the ends with Home/End, clamped", () => {
    const at = (key: string, shift = false, value = 100) => keyedValue(key, shift, value, 258);
    expect([at("ArrowRight"), at("ArrowUp"), at("ArrowLeft"), at("ArrowDown")]).toEqual([105, 105, 95, 95]);
    expect([at("ArrowRight", true), at("ArrowLeft", true), at("PageUp"), at("PageDown")]).toEqual([120, 80, 120, 80]);
    expect([at("Home"), at("End")]).toEqual([0, 258]);
    expect([at("ArrowRight", false, 256), at("PageDown", false, 3)]).toEqual([258, 0]);
    expect([at("Enter"), at(" "), at("a")]).toEqual([null, null, null]);
  });
});

describe("draggedValue", () => {
  it("moves by the distance from the press, rounds half up, clamps", () => {
    expect(draggedValue(0, 20.3, 120.7, 300)).toBe(100); // 100.4
    expect(draggedValue(0, 20.3, 120.8, 300)).toBe(101); // 100.5 exactly, in tenths
    expect(draggedValue(10, 50, 40.1, 300)).toBe(0); // -0.1 -> 0
    expect(draggedValue(10, 50, 400, 300)).toBe(300);
    expect(draggedValue(120, 300.2, 250.2, 258)).toBe(70); // back to the left
  });
});

/**
 * The widget's slider computes its value from the recorded coordinates with draggedValue and
 * keyedValue; the server replays the events. This drives the same sequence through both.
 */
function drive(start: number, max: number, steps: Array<["drag", number, number[]] | ["key", string, boolean?]>) {
  const recorder = new EventRecorder(0);
  let value = start;
  let t = 0;
  for (const step of steps) {
    if (step[0] === "drag") {
      const [, xDown, path] = step;
      recorder.down((t += 30), xDown, 0.5);
      const pressValue = value;
      for (const x of path) {
        recorder.move((t += 16), x, 1.2);
        value = draggedValue(pressValue, oneDecimal(xDown), oneDecimal(x), max);
      }
      const xUp = path[path.length - 1] + 0.04;
      recorder.up((t += 16), xUp, 1);
      value = draggedValue(pressValue, oneDecimal(xDown), oneDecimal(xUp), max);
    } else {
      const [, key, shift = false] = step;
      recorder.key((t += 120), key as "ArrowRight", shift);
      const next = keyedValue(key, shift, value, max);
      if (next !== null) value = next;
    }
  }
  return { value, replayed: replaySlider(recorder.events(), start, max) };
}

describe("the answer a drag or keyboard sequence produces", () => {
  it("a drag from the handle to the end", () => {
    expect(drive(0, 300, [["drag", 12.34, [40, 120.55, 250.25, 311.87]]])).toEqual({ value: 300, replayed: 300 });
  });

  it("a drag that overshoots and comes back, then a keyboard correction", () => {
    const result = drive(10, 258, [
      ["drag", 30.16, [150, 290, 180.44]],
      ["key", "ArrowLeft"],
      ["key", "ArrowRight", true],
      ["key", "Enter"],
    ]);
    expect(result.value).toBe(175); // 10 + round(180.5 - 30.2) = 160, -5, +20
    expect(result.replayed).toBe(result.value);
  });

  it("keys only: Home, arrows, PageUp, End, PageDown", () => {
    const result = drive(42, 258, [
      ["key", "Home"],
      ["key", "ArrowRight"],
      ["key", "ArrowRight"],
      ["key", "PageUp"],
      ["key", "End"],
      ["key", "PageDown"],
      ["key", "Enter"],
    ]);
    expect(result).toEqual({ value: 238, replayed: 238 });
  });

  it("two drags in a row add up, each from where the last one left the handle", () => {
    const result = drive(0, 258, [
      ["drag", 10, [60, 90.25]],
      ["drag", 95, [140, 170.75]],
    ]);
    expect(result.value).toBe(156); // round(80.3) + round(75.8)
    expect(result.replayed).toBe(156);
  });

  it("random sequences agree with the replay", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const keys = ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"];
    for (let run = 0; run < 200; run++) {
      const steps: Array<["drag", number, number[]] | ["key", string, boolean?]> = [];
      for (let i = 0; i < 6; i++) {
        if (random() < 0.5) steps.push(["drag", random() * 300, [random() * 400 - 50, random() * 400 - 50]]);
        else steps.push(["key", keys[Math.floor(random() * keys.length)], random() < 0.3]);
      }
      const result = drive(Math.floor(random() * 258), 258, steps);
      expect(result.replayed).toBe(result.value);
    }
  });
});
