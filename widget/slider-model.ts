/**
 * How a slider's value follows the person's input, in the challenge's units. The server replays
 * the recorded events with the same rules and refuses an answer that disagrees with them, so the
 * widget computes the value from the recorded (one-decimal) coordinates, not from raw pixels.
 */
import type { RawEvent } from "./recorder";

export const ARROW_STEP = 5;
export const SHIFT_STEP = 20;
export const PAGE_STEP = 20;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The value after a key press on the handle; null for keys that do not move it (Enter submits).
 * ArrowRight/ArrowUp +5, ArrowLeft/ArrowDown -5 (Shift: +-20), PageUp +20, PageDown -20, Home 0,
 * End max.
 */
export function keyedValue(key: string, shift: boolean, value: number, max: number): number | null {
  const step = shift ? SHIFT_STEP : ARROW_STEP;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return clamp(value + step, 0, max);
    case "ArrowLeft":
    case "ArrowDown":
      return clamp(value - step, 0, max);
    case "PageUp":
      return clamp(value + PAGE_STEP, 0, max);
    case "PageDown":
      return clamp(value - PAGE_STEP, 0, max);
    case "Home":
      return 0;
    case "End":
      return max;
    default:
      return null;
  }
}

/**
 * The value while dragging: clamp(round(startValue + (x - xDown)), 0, max), where x and xDown are
 * the recorded one-decimal positions. Computed in tenths, as integers, so every implementation
 * rounds the same way (n.5 is exact in binary and rounds up).
 */
export function draggedValue(startValue: number, xDown: number, x: number, max: number): number {
  const tenths = Math.round(startValue * 10) + Math.round(x * 10) - Math.round(xDown * 10);
  return clamp(Math.round(tenths / 10), 0, max);
}

/**
 * The value a recorded event stream leaves the slider at (what the server reconstructs): every
 * press/release pair moves it by the distance between them, keys step it.
 */
export function replaySlider(events: RawEvent[], startValue: number, max: number): number {
  let value = startValue;
  let press: { x: number; value: number } | null = null;
  for (const event of events) {
    if (event[0] === "d") press = { x: event[2], value };
    else if (event[0] === "u" && press) {
      value = draggedValue(press.value, press.x, event[2], max);
      press = null;
    } else if (event[0] === "k") {
      const next = keyedValue(event[2], event[3] === true, value, max);
      if (next !== null) value = next;
    }
  }
  return value;
}
