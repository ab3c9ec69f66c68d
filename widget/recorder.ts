/**
 * The raw event stream the server judges (see notes/runtime-design.md, "Raw events"):
 *   ["m", t, x, y] move, ["d", t, x, y] press, ["u", t, x, y] release, ["k", t, key, shift?] key.
 * t is milliseconds since the challenge was shown; t, x and y have one decimal. The units of x and
 * y depend on the challenge (track units for sliders, px from the control's corner otherwise): the
 * views convert before recording. The recorder only bounds, rounds and orders.
 */
export type PointerEventKind = "m" | "d" | "u";
export type RawPointerEvent = [PointerEventKind, number, number, number];
export type RawKeyEvent = ["k", number, RecordedKey] | ["k", number, RecordedKey, true];
export type RawEvent = RawPointerEvent | RawKeyEvent;

/** At most this many events are sent; the latest are kept, and presses, releases and keys always. */
export const MAX_EVENTS = 400;
/**
 * Moves closer in time than this to the previous one are dropped: coalesced events of a 1000 Hz
 * mouse would otherwise fill the bound in half a second and push the approach out.
 */
export const MIN_MOVE_INTERVAL_MS = 8;

export const RECORDED_KEYS = [
  "ArrowRight",
  "ArrowLeft",
  "ArrowUp",
  "ArrowDown",
  "PageUp",
  "PageDown",
  "Home",
  "End",
  "Enter",
  " ",
] as const;
export type RecordedKey = (typeof RECORDED_KEYS)[number];

/** Older browsers' key names (Edge 18, IE) mapped to the standard ones; null for other keys. */
export function recordedKey(key: string): RecordedKey | null {
  const legacy: Record<string, RecordedKey> = { Left: "ArrowLeft", Right: "ArrowRight", Up: "ArrowUp", Down: "ArrowDown", Spacebar: " " };
  const name = legacy[key] || key;
  return (RECORDED_KEYS as readonly string[]).indexOf(name) >= 0 ? (name as RecordedKey) : null;
}

export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export class EventRecorder {
  private readonly list: RawEvent[] = [];
  private lastMoveAt = -Infinity;

  /**
   * @param shownAt when the challenge was shown, on the clock of event.timeStamp (performance.now()).
   */
  constructor(
    readonly shownAt: number,
    private readonly limit = MAX_EVENTS,
  ) {}

  /** Milliseconds since the challenge was shown (never negative: an event queued just before). */
  time(timeStamp: number): number {
    return oneDecimal(Math.max(0, timeStamp - this.shownAt));
  }

  move(timeStamp: number, x: number, y: number): void {
    if (timeStamp - this.lastMoveAt < MIN_MOVE_INTERVAL_MS) return;
    this.lastMoveAt = timeStamp;
    this.push(["m", this.time(timeStamp), oneDecimal(x), oneDecimal(y)]);
  }

  down(timeStamp: number, x: number, y: number): void {
    this.push(["d", this.time(timeStamp), oneDecimal(x), oneDecimal(y)]);
  }

  up(timeStamp: number, x: number, y: number): void {
    this.push(["u", this.time(timeStamp), oneDecimal(x), oneDecimal(y)]);
  }

  key(timeStamp: number, key: RecordedKey, shift: boolean): void {
    this.push(shift ? ["k", this.time(timeStamp), key, true] : ["k", this.time(timeStamp), key]);
  }

  /** A copy of what was recorded, oldest first. */
  events(): RawEvent[] {
    return this.list.slice();
  }

  get size(): number {
    return this.list.length;
  }

  private push(event: RawEvent): void {
    this.list.push(event);
    if (this.list.length <= this.limit) return;
    // Over the bound: the oldest move goes. Only a stream of nothing but presses and keys (hundreds
    // of key presses) loses its oldest entry instead.
    for (let i = 0; i < this.list.length; i++) {
      if (this.list[i][0] === "m") {
        this.list.splice(i, 1);
        return;
      }
    }
    this.list.shift();
  }
}
