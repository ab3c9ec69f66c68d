/**
 * Invisible CAPTCHA has no challenge on screen: what counts is how the person reaches and presses
 * the page's own button (the `button` option). Moves over the page around it, the press and
 * release on it, Enter/Space on it, in px from its top-left corner; `box` is its size.
 */
import type { EventRecorder } from "../recorder";
import { recordApproach } from "./approach";
import { trackPresses, type PressTracker } from "./press";

/** Farther than the window of a visible challenge: the way from a form's fields to its button. */
export const TRIGGER_APPROACH_MARGIN_PX = 400;

export interface TriggerRecording {
  recorder: EventRecorder;
  presses: PressTracker;
  stop(): void;
}

export function recordTrigger(button: Element, recorder: EventRecorder, onUntrusted: () => void): TriggerRecording {
  const presses = trackPresses(button, () => recorder, onUntrusted);
  const stopApproach = recordApproach({
    near: button,
    margin: TRIGGER_APPROACH_MARGIN_PX,
    recorder,
    toLocal: presses.toLocal,
    onUntrusted,
  });
  return {
    recorder,
    presses,
    stop() {
      stopApproach();
      presses.stop();
    },
  };
}
