import { describe, expect, it } from "vitest";
import { MAX_EVENTS, largestTimeReversal, lastCompletedPress, presses, rawEventsSchema, type RawEvent } from "./events";

describe("raw events: what the server accepts", () => {
  it("pointer and key events as in the design", () => {
    const events = [
      ["m", 0, 1, 2],
      ["d", 10.5, 3, -4],
      ["u", 99.9, 50, -3],
      ["k", 120, "ArrowRight", true],
      ["k", 200, "Enter"],
      ["k", 210, " "],
    ];
    expect(rawEventsSchema.safeParse(events).success).toBe(true);
  });

  it.each([
    ["an unknown kind", [["x", 0, 1, 2]]],
    ["a missing coordinate", [["m", 0, 1]]],
    ["an extra element", [["m", 0, 1, 2, 3]]],
    ["a string time", [["m", "0", 1, 2]]],
    ["an infinite coordinate", [["m", 0, Number.POSITIVE_INFINITY, 2]]],
    ["NaN", [["d", Number.NaN, 1, 2]]],
    ["a time beyond an hour", [["m", 3_600_001, 1, 2]]],
    ["a coordinate far off any screen", [["m", 0, 1e6, 2]]],
    ["an unknown key", [["k", 0, "Tab"]]],
    ["a non-boolean shift", [["k", 0, "ArrowLeft", 1]]],
    ["not an array", { 0: ["m", 0, 1, 2] }],
  ])("refuses %s", (_name, events) => {
    expect(rawEventsSchema.safeParse(events).success).toBe(false);
  });

  it("at most 400 events", () => {
    const many = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ["m", i, i % 300, 0]);
    expect(rawEventsSchema.safeParse(many).success).toBe(false);
    expect(rawEventsSchema.safeParse(many.slice(1)).success).toBe(true);
  });

  it("timestamps out of order are accepted (the scorer weighs them) and measured", () => {
    const events: RawEvent[] = [
      ["m", 10, 0, 0],
      ["m", 5, 1, 0],
      ["m", 30, 2, 0],
    ];
    expect(rawEventsSchema.safeParse(events).success).toBe(true);
    expect(largestTimeReversal(events)).toBe(5);
    expect(
      largestTimeReversal([
        ["m", 1, 0, 0],
        ["m", 2, 0, 0],
      ]),
    ).toBe(0);
  });
});

describe("presses", () => {
  it("splits the stream into approach, press, moves and release", () => {
    const events: RawEvent[] = [
      ["m", 1, 0, 0],
      ["m", 2, 1, 0],
      ["d", 3, 1, 0],
      ["m", 4, 2, 0],
      ["u", 5, 2, 0],
      ["m", 6, 3, 0],
      ["d", 7, 3, 0],
      ["m", 8, 9, 0],
    ];
    const all = presses(events);
    expect(all).toHaveLength(2);
    expect(all[0].approach).toHaveLength(2);
    expect(all[0].moves).toHaveLength(1);
    expect(all[0].up?.[1]).toBe(5);
    expect(all[1].approach).toHaveLength(1);
    expect(all[1].up).toBeUndefined();
    expect(lastCompletedPress(events)?.down[1]).toBe(3);
  });
});

describe("the hand-written event parser", () => {
  it("accepts exactly what the schema accepts (property-based)", async () => {
    const fc = (await import("fast-check")).default;
    const { parseRawEvents, KEYS } = await import("./events");
    const number = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -30_000, max: 30_000 }),
      fc.constantFrom(-1000, 3_600_000, 20_000, -20_000, 20_001, -1001),
    );
    const event = fc.oneof(
      fc.tuple(fc.constantFrom("m", "d", "u", "x", "k"), number, number, number),
      fc.tuple(fc.constant("k"), number, fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 3 }))),
      fc.tuple(fc.constant("k"), number, fc.constantFrom(...KEYS), fc.oneof(fc.boolean(), fc.integer())),
      fc.array(fc.oneof(number, fc.string({ maxLength: 2 }), fc.boolean()), { maxLength: 6 }),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        expect(parseRawEvents(events) !== null).toBe(rawEventsSchema.safeParse(events).success);
      }),
      { numRuns: 3000 },
    );
    expect(parseRawEvents(Array.from({ length: MAX_EVENTS + 1 }, () => ["m", 1, 2, 3]))).toBeNull();
    expect(parseRawEvents("not events")).toBeNull();
  });
});
