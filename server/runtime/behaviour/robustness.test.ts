import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliderValueFrom } from "./answer";
import { KEYS, MAX_EVENTS, rawEventsSchema, type RawEvent } from "./events";
import { pathFingerprints } from "./fingerprint";
import { scoreBehaviour } from "./score";

// Whatever a client sends that passes the schema, the scorer answers with a number in [0, 1],
// the reconstruction with a value on the track, the fingerprints with strings: never NaN, never a throw.

const time = fc.double({ min: -1000, max: 3_600_000, noNaN: true });
const coordinate = fc.double({ min: -20_000, max: 20_000, noNaN: true });
const pointer = fc.tuple(fc.constantFrom("m" as const, "d" as const, "u" as const), time, coordinate, coordinate);
const key = fc.tuple(fc.constant("k" as const), time, fc.constantFrom(...KEYS), fc.option(fc.boolean(), { nil: undefined }));
// Plausible streams too: sorted times, small coordinates, so the feature code is reached.
const plausible = fc
  .array(
    fc.tuple(
      fc.constantFrom("m" as const, "m" as const, "m" as const, "d" as const, "u" as const),
      fc.double({ min: 0, max: 40, noNaN: true }),
      fc.double({ min: -5, max: 30, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
    ),
    { maxLength: 120 },
  )
  .map((steps) => {
    let t = 300;
    let x = 20;
    let y = 0;
    return steps.map(([kind, dt, dx, dy]) => [kind, (t += dt), (x += dx), (y += dy)] as RawEvent);
  });
const streams = fc.oneof(fc.array(fc.oneof(pointer, key), { maxLength: MAX_EVENTS }), plausible);

describe("any accepted input", () => {
  it("scores in [0, 1], reconstructs a value on the track, fingerprints as strings", () => {
    fc.assert(
      fc.property(streams, (events) => {
        expect(rawEventsSchema.safeParse(events).success).toBe(true);
        for (const kind of ["drag", "click", "page", "keyboard"] as const) {
          const { score, reasons } = scoreBehaviour(kind, events, {
            pointer: "mouse",
            startValue: 0,
            handleWidth: 37,
            handleHeight: 40,
            box: [360, 40],
          });
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(Array.isArray(reasons)).toBe(true);
          for (const print of pathFingerprints(events, kind)) expect(print).toMatch(/^[0-9a-f]{14}$/);
        }
        const { value } = sliderValueFrom(events, { startValue: 0, max: 300 });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(300);
      }),
      { numRuns: 300 },
    );
  });
});
