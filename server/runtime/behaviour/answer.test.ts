import { describe, expect, it } from "vitest";
import { answerAgrees, sliderValueFrom } from "./answer";
import type { RawEvent } from "./events";

const track = { startValue: 0, max: 300 };

describe("slider value rebuilt from a drag", () => {
  it("start + x_up - x_down, whatever the moves in between", () => {
    const events: RawEvent[] = [
      ["m", 100, 30, 8],
      ["d", 400, 20, 1],
      ["m", 420, 60, 2],
      ["m", 440, 180, 2],
      ["u", 700, 157.4, 3],
    ];
    const result = sliderValueFrom(events, track);
    expect(result).toMatchObject({ value: 137, via: "drag", submittedBy: "release", drags: 1 });
    expect(answerAgrees(137, result)).toBe(true);
    expect(answerAgrees(150, result)).toBe(false);
    expect(answerAgrees(undefined, result)).toBe(false);
    expect(answerAgrees(Number.NaN, result)).toBe(false);
  });

  it("from a piece that starts elsewhere, in either direction, clamped to the track", () => {
    expect(
      sliderValueFrom(
        [
          ["d", 10, 220, 0],
          ["u", 500, 130, 0],
        ],
        { startValue: 200, max: 260 },
      ).value,
    ).toBe(110);
    expect(
      sliderValueFrom(
        [
          ["d", 10, 220, 0],
          ["u", 500, 500, 0],
        ],
        { startValue: 200, max: 260 },
      ).value,
    ).toBe(260);
    expect(
      sliderValueFrom(
        [
          ["d", 10, 20, 0],
          ["u", 500, -80, 0],
        ],
        track,
      ).value,
    ).toBe(0);
  });

  it("a press that did not move does not submit; the next drag starts where the handle is", () => {
    const events: RawEvent[] = [
      ["d", 10, 20, 0],
      ["u", 90, 20, 0],
      ["d", 200, 25, 0],
      ["u", 600, 125, 0],
    ];
    expect(sliderValueFrom(events, track)).toMatchObject({ value: 100, drags: 2, via: "drag" });
  });

  it("a press never released submits nothing", () => {
    const result = sliderValueFrom(
      [
        ["d", 10, 20, 0],
        ["m", 50, 200, 0],
      ],
      track,
    );
    expect(result).toMatchObject({ value: 0, via: "none", submittedBy: null });
    expect(answerAgrees(180, result)).toBe(false);
  });

  it("events after the release are ignored (the widget has submitted)", () => {
    const result = sliderValueFrom(
      [
        ["d", 10, 20, 0],
        ["u", 500, 120, 0],
        ["k", 600, "End"],
        ["k", 700, "Enter"],
      ],
      track,
    );
    expect(result).toMatchObject({ value: 100, ignoredAfterSubmit: 2 });
  });

  it("no events: the start value, reached by nothing", () => {
    expect(sliderValueFrom([], { startValue: 42, max: 300 })).toMatchObject({ value: 42, via: "none", submittedBy: null });
  });
});

describe("slider value rebuilt from the keyboard", () => {
  it("arrows ±5, shift ±20, pages ±20, Home and End, Enter submits", () => {
    const keys = (...list: [string, boolean?][]): RawEvent[] => list.map(([key, shift], i) => ["k", 500 + i * 200, key, shift] as RawEvent);
    expect(sliderValueFrom(keys(["ArrowRight"], ["ArrowUp"], ["Enter"]), track)).toMatchObject({
      value: 10,
      via: "keyboard",
      submittedBy: "enter",
      keyPresses: 2,
    });
    expect(sliderValueFrom(keys(["ArrowRight", true], ["PageUp"], ["ArrowLeft"], ["Enter"]), track).value).toBe(35);
    expect(sliderValueFrom(keys(["End"], ["ArrowDown", true], ["PageDown"], ["Enter"]), track).value).toBe(260);
    expect(sliderValueFrom(keys(["End"], ["Home"], ["ArrowRight"], ["Enter"]), track).value).toBe(5);
    expect(sliderValueFrom(keys(["ArrowLeft"], ["PageDown"], ["Enter"]), track).value).toBe(0);
    expect(sliderValueFrom(keys(["End"], ["ArrowRight"], ["Enter"]), { startValue: 0, max: 298 }).value).toBe(298);
    // Space does nothing on a slider; keys after Enter are not part of the answer.
    const spaced = sliderValueFrom(keys([" "], ["PageUp"], ["Enter"], ["End"]), track);
    expect(spaced).toMatchObject({ value: 20, keyPresses: 1, ignoredAfterSubmit: 1 });
  });

  it("a keyboard answer that disagrees with the presses is detectable", () => {
    const events: RawEvent[] = [
      ["k", 900, "PageUp"],
      ["k", 1200, "PageUp"],
      ["k", 1500, "ArrowRight"],
      ["k", 2300, "Enter"],
    ];
    const result = sliderValueFrom(events, track);
    expect(answerAgrees(45, result)).toBe(true);
    expect(answerAgrees(120, result)).toBe(false);
  });
});
