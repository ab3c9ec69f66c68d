/**
 * Records the pointer's moves over the page near a target (the widget's window, or the page's
 * trigger button for Invisible CAPTCHA): how a person gets to a control says a lot, and a script
 * that clicks without moving says something too.
 */
import { pointerSamples } from "../dom";
import type { EventRecorder } from "../recorder";
import type { ViewContext } from "./types";

/** How far around the widget's window a move counts as approaching it. */
export const APPROACH_MARGIN_PX = 120;

export interface ApproachOptions {
  /** Moves within `margin` CSS px of this element's box are recorded. */
  near: Element;
  margin: number;
  recorder: EventRecorder;
  /** Page coordinates -> the challenge's units (see the recorder). */
  toLocal(clientX: number, clientY: number): [number, number];
  /** While true the view records moves itself (a drag in progress). */
  paused?(): boolean;
  onUntrusted(): void;
}

/** Starts recording; returns the function that stops it. */
export function recordApproach(options: ApproachOptions): () => void {
  const onMove = (event: PointerEvent) => {
    if (options.paused?.()) return;
    if (!event.isPrimary) return;
    const box = options.near.getBoundingClientRect();
    if (!box.width && !box.height) return; // hidden (a closed popup, hide()): nothing to approach
    const m = options.margin;
    if (event.clientX < box.left - m || event.clientX > box.right + m || event.clientY < box.top - m || event.clientY > box.bottom + m)
      return;
    if (event.isTrusted === false) options.onUntrusted();
    pointerSamples(event).forEach((sample) => {
      const [x, y] = options.toLocal(sample.clientX, sample.clientY);
      options.recorder.move(sample.timeStamp, x, y);
    });
  };
  // Capture phase on the document: a page that stops propagation does not hide the moves.
  document.addEventListener("pointermove", onMove, { capture: true, passive: true });
  return () => document.removeEventListener("pointermove", onMove, { capture: true });
}

/** Records the approach to the widget's window, in the view's units (`toLocal`); stops while `paused`. */
export function recordWindowApproach(context: ViewContext, toLocal: ApproachOptions["toLocal"], paused?: ApproachOptions["paused"]) {
  return recordApproach({
    near: context.area,
    margin: APPROACH_MARGIN_PX,
    recorder: context.recorder,
    toLocal,
    paused,
    onUntrusted: context.onUntrusted,
  });
}
