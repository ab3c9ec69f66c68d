import { describe, expect, it } from "vitest";
import { EventRecorder, MAX_EVENTS, recordedKey } from "./recorder";

describe("EventRecorder", () => {
  it("records time since the challenge was shown and positions with one decimal", () => {
    const recorder = new EventRecorder(1000.04);
    recorder.move(1012.345, 10.26, -3.04);
    recorder.down(1100, 20.05, 0.44);
    recorder.up(1250.96, 180.55, 1.96);
    recorder.key(1300.01, "ArrowRight", true);
    recorder.key(1310, "Enter", false);
    expect(recorder.events()).toEqual([
      ["m", 12.3, 10.3, -3],
      ["d", 100, 20.1, 0.4],
      ["u", 250.9, 180.6, 2],
      ["k", 300, "ArrowRight", true],
      ["k", 310, "Enter"],
    ]);
  });

  it("never reports negative times (an event queued just before the challenge showed)", () => {
    const recorder = new EventRecorder(500);
    recorder.down(499.2, 1, 1);
    expect(recorder.events()[0][1]).toBe(0);
  });

  it("drops moves closer than 8 ms to the previous one (coalesced 1000 Hz input)", () => {
    const recorder = new EventRecorder(0);
    for (let t = 0; t < 100; t++) recorder.move(t, t, 0);
    const times = recorder.events().map((event) => event[1]);
    expect(times).toEqual([0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96]);
  });

  it("keeps at most 400 events: the latest moves, and every press, release and key", () => {
    const recorder = new EventRecorder(0);
    let t = 0;
    for (let i = 0; i < 300; i++) recorder.move((t += 10), i, 0); // the approach
    recorder.down((t += 10), 300, 0);
    for (let i = 0; i < 300; i++) recorder.move((t += 10), 300 + i, 0); // the drag
    recorder.up((t += 10), 600, 0);
    recorder.key((t += 10), "ArrowLeft", false);
    recorder.key((t += 10), "Enter", false);
    const events = recorder.events();
    expect(events).toHaveLength(MAX_EVENTS);
    expect(events.filter((event) => event[0] !== "m").map((event) => event[0])).toEqual(["d", "u", "k", "k"]);
    const moves = events.filter((event) => event[0] === "m");
    expect(moves).toHaveLength(396);
    // The oldest moves went: the last 96 of the approach are left, then all of the drag.
    expect(moves[0][2]).toBe(204);
    expect(moves[moves.length - 1][2]).toBe(599);
    const times = events.map((event) => event[1]);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("drops the oldest entry when there is no move left to drop", () => {
    const recorder = new EventRecorder(0, 3);
    recorder.key(1, "Home", false);
    recorder.key(2, "End", false);
    recorder.key(3, "PageUp", false);
    recorder.key(4, "Enter", false);
    expect(recorder.events().map((event) => event[2])).toEqual(["End", "PageUp", "Enter"]);
  });

  it("returns copies", () => {
    const recorder = new EventRecorder(0);
    recorder.down(1, 1, 1);
    recorder.events().pop();
    expect(recorder.size).toBe(1);
  });
});

describe("recordedKey", () => {
  it("keeps the protocol's keys, maps old browsers' names and ignores the rest", () => {
    expect(["ArrowRight", "PageDown", "Home", "End", "Enter", " "].map(recordedKey)).toEqual([
      "ArrowRight",
      "PageDown",
      "Home",
      "End",
      "Enter",
      " ",
    ]);
    expect(["Left", "Right", "Up", "Down", "Spacebar"].map(recordedKey)).toEqual(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", " "]);
    expect(["a", "Tab", "Escape", "Shift"].map(recordedKey)).toEqual([null, null, null, null]);
  });
});
