import { clamp } from "./stats";
import type { Key, RawEvent } from "./events";

/**
 * The slider's value, rebuilt from the raw events the way the widget computes it, so that the
 * server can refuse an answer the events do not lead to (a script posting the right x next to a
 * made-up path, or a real path next to a computed answer).
 *
 * Drag: value = clamp(round(valueAtPress + x_up - x_down), 0, max).
 * Keyboard: ArrowRight/ArrowUp +5, ArrowLeft/ArrowDown -5 (with shift ±20), PageUp +20,
 * PageDown -20, Home 0, End max, Enter submits.
 */

export const KEY_STEP = 5;
export const LARGE_KEY_STEP = 20;
/** The widget rounds to whole units; anything more than rounding apart is another answer. */
export const ANSWER_TOLERANCE = 0.5;

export type AnswerMethod = "drag" | "keyboard" | "none";

export interface SliderReconstruction {
  /** The value when the answer was submitted (or after the last event when nothing submitted it). */
  value: number;
  /** What set that value last: a drag, key presses, or nothing (still at the start). */
  via: AnswerMethod;
  /** The release of a drag that moved the handle, or Enter; null when neither happened. */
  submittedBy: "release" | "enter" | null;
  /** Completed drags (down..up) and value-changing key presses up to the submission. */
  drags: number;
  keyPresses: number;
  /** Events after the submission: the widget stops listening there, so they are ignored. */
  ignoredAfterSubmit: number;
}

function stepped(key: Key, shift: boolean, value: number, max: number): number | undefined {
  const step = shift ? LARGE_KEY_STEP : KEY_STEP;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return value + step;
    case "ArrowLeft":
    case "ArrowDown":
      return value - step;
    case "PageUp":
      return value + LARGE_KEY_STEP;
    case "PageDown":
      return value - LARGE_KEY_STEP;
    case "Home":
      return 0;
    case "End":
      return max;
    default:
      return undefined; // Enter submits, space does nothing on a slider
  }
}

export function sliderValueFrom(
  events: readonly RawEvent[],
  { startValue, max }: { startValue: number; max: number },
): SliderReconstruction {
  const limit = Math.max(1, Math.round(max));
  const inRange = (v: number) => clamp(Math.round(v), 0, limit);
  let value = inRange(startValue);
  let via: AnswerMethod = "none";
  let submittedBy: SliderReconstruction["submittedBy"] = null;
  let drags = 0;
  let keyPresses = 0;
  let press: { x: number; value: number } | undefined;

  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event[0] === "d") {
      press = { x: event[2], value };
    } else if (event[0] === "u") {
      if (!press) continue;
      const dx = event[2] - press.x;
      const next = inRange(press.value + dx);
      drags++;
      press = undefined;
      // The widget submits a drag that moved the handle; a press that did not move is only a click.
      if (dx !== 0) {
        value = next;
        via = "drag";
        submittedBy = "release";
        return { value, via, submittedBy, drags, keyPresses, ignoredAfterSubmit: events.length - i - 1 };
      }
    } else if (event[0] === "k") {
      const [, , key, shift] = event;
      if (key === "Enter") {
        submittedBy = "enter";
        return { value, via, submittedBy, drags, keyPresses, ignoredAfterSubmit: events.length - i - 1 };
      }
      const next = stepped(key, shift === true, value, limit);
      if (next === undefined) continue;
      keyPresses++;
      value = inRange(next);
      via = "keyboard";
    }
  }
  return { value, via, submittedBy, drags, keyPresses, ignoredAfterSubmit: 0 };
}

/** Whether the submitted answer is the value the events lead to. */
export function answerAgrees(submitted: number | undefined, reconstruction: SliderReconstruction, tolerance = ANSWER_TOLERANCE): boolean {
  return submitted !== undefined && Number.isFinite(submitted) && Math.abs(submitted - reconstruction.value) <= tolerance;
}
