import { z } from "zod";

/**
 * The raw events the widget records (see notes/runtime-design.md, "Raw events"). The server judges
 * behaviour from these alone: nothing the client says about itself (counts, booleans) is believed.
 *
 *   ["m", t, x, y]  pointer move      ["d", t, x, y]  pointer down      ["u", t, x, y]  pointer up
 *   ["k", t, key, shift?]  key press
 *
 * t: ms since the challenge was shown. Sliders: x in challenge units along the track, y in CSS px
 * from the track's vertical centre. ONE_CLICK / INVISIBLE: x, y in CSS px from the control's corner.
 */

/** The widget keeps the latest 400 (and always the down/up); more is not a widget talking. */
export const MAX_EVENTS = 400;
/** An hour: a challenge lives far less; anything longer is not a clock we can compare. */
export const MAX_EVENT_TIME_MS = 3_600_000;
/**
 * A little before "shown" is tolerated: event.timeStamp of the first input can precede the
 * performance.now() taken when the challenge was painted by a frame or two.
 */
export const MIN_EVENT_TIME_MS = -1_000;
/** Approach moves are relative to the control and can come from anywhere on a large screen. */
export const MAX_COORDINATE = 20_000;

export const KEYS = ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", "Enter", " "] as const;
export type Key = (typeof KEYS)[number];

const time = z.number().finite().min(MIN_EVENT_TIME_MS).max(MAX_EVENT_TIME_MS);
const coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

const pointerEventSchema = z.tuple([z.enum(["m", "d", "u"]), time, coordinate, coordinate]);
const keyEventSchema = z.tuple([z.literal("k"), time, z.enum(KEYS), z.boolean().optional()]);

export const rawEventSchema = z.union([pointerEventSchema, keyEventSchema]);
/**
 * Bounded so a hostile body costs little to parse. Timestamps are NOT required to be in order:
 * that a clock runs backwards is evidence the behaviour scorer weighs, not a malformed request.
 */
export const rawEventsSchema = z.array(rawEventSchema).max(MAX_EVENTS);

const KEY_SET = new Set<string>(KEYS);
const isTime = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= MIN_EVENT_TIME_MS && value <= MAX_EVENT_TIME_MS;
const isCoordinate = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= -MAX_COORDINATE && value <= MAX_COORDINATE;

/**
 * The same rules as rawEventsSchema, by hand: this runs on every client verification, where the
 * schema's per-element work (a union of tuples, 400 times) cost more than judging the events.
 * events.test.ts checks that both accept exactly the same inputs.
 */
export function parseRawEvents(value: unknown): RawEvent[] | null {
  if (!Array.isArray(value) || value.length > MAX_EVENTS) return null;
  for (const event of value) {
    if (!Array.isArray(event) || !isTime(event[1])) return null;
    const kind = event[0];
    if (kind === "m" || kind === "d" || kind === "u") {
      if (event.length !== 4 || !isCoordinate(event[2]) || !isCoordinate(event[3])) return null;
    } else if (kind === "k") {
      if (event.length < 3 || event.length > 4 || !KEY_SET.has(event[2]) || (event[3] !== undefined && typeof event[3] !== "boolean"))
        return null;
    } else return null;
  }
  return value as RawEvent[];
}

export type PointerEvent = z.infer<typeof pointerEventSchema>;
export type KeyEvent = z.infer<typeof keyEventSchema>;
export type RawEvent = PointerEvent | KeyEvent;
export type PointerKind = PointerEvent[0];

export function isPointer(event: RawEvent): event is PointerEvent {
  return event[0] !== "k";
}
export function isKey(event: RawEvent): event is KeyEvent {
  return event[0] === "k";
}

/** A press and its release, with the moves between them and the moves that led to the press. */
export interface Press {
  /** Index of the "d" event in the whole stream. */
  downIndex: number;
  down: PointerEvent;
  /** Undefined when the pointer was never released (the widget would not have submitted). */
  up?: PointerEvent;
  /** Moves between down and up. */
  moves: PointerEvent[];
  /** Moves before the down (since the previous release): how the pointer got there. */
  approach: PointerEvent[];
}

/** Every press in the stream, in order. Moves after the last release are ignored. */
export function presses(events: readonly RawEvent[]): Press[] {
  const result: Press[] = [];
  let pending: PointerEvent[] = [];
  let current: Press | undefined;
  events.forEach((event, index) => {
    if (!isPointer(event)) return;
    const [kind] = event;
    if (kind === "d") {
      // A second down without an up: the first press never ended (lost capture); start afresh.
      if (current) result.push(current);
      current = { downIndex: index, down: event, moves: [], approach: pending };
      pending = [];
    } else if (kind === "u") {
      if (!current) return; // a release without a press: nothing was held
      current.up = event;
      result.push(current);
      current = undefined;
    } else if (current) current.moves.push(event);
    else pending.push(event);
  });
  if (current) result.push(current);
  return result;
}

/** The last completed press (down..up), the one whose release submitted the answer. */
export function lastCompletedPress(events: readonly RawEvent[]): Press | undefined {
  const all = presses(events);
  for (let i = all.length - 1; i >= 0; i--) if (all[i].up) return all[i];
  return undefined;
}

export function keyPresses(events: readonly RawEvent[]): KeyEvent[] {
  return events.filter(isKey);
}

/** Moves before the first press (or all moves when there is none). */
export function movesBeforeFirstPress(events: readonly RawEvent[]): PointerEvent[] {
  const result: PointerEvent[] = [];
  for (const event of events) {
    if (!isPointer(event)) continue;
    if (event[0] !== "m") break;
    result.push(event);
  }
  return result;
}

/** Largest backwards step of the clock, in ms (0 when every timestamp follows the previous one). */
export function largestTimeReversal(events: readonly RawEvent[]): number {
  let worst = 0;
  for (let i = 1; i < events.length; i++) worst = Math.max(worst, events[i - 1][1] - events[i][1]);
  return worst;
}
