import { approachEvidence, approachFeatures, type ApproachFeatures } from "./approach";
import type { PointerType } from "./drag";
import { DECISIVE, EvidenceList } from "./evidence";
import { largestTimeReversal, lastCompletedPress, type RawEvent } from "./events";

/**
 * A press on a control: the ONE_CLICK checkbox ("click") or the page's trigger button of an
 * INVISIBLE scenario ("page"). x, y are CSS px from the control's top-left corner; box is its size.
 * A person reaches it (approach), presses somewhere on it (rarely the exact centre), holds the
 * button for tens of ms; page.click() appears at the centre and releases in the same millisecond.
 */

export interface PressContext {
  pointer?: PointerType;
  box?: readonly [number, number];
}

export interface PressFeatures {
  pressAtMs: number;
  pressDurationMs: number;
  x: number;
  y: number;
  outsideBox: boolean;
  exactCentre: boolean;
  approach: ApproachFeatures | null;
  timeReversalMs: number;
}

export function pressFeatures(events: readonly RawEvent[], context: PressContext = {}): PressFeatures | undefined {
  const press = lastCompletedPress(events);
  if (!press?.up) return undefined;
  const [, t, x, y] = press.down;
  let outsideBox = false;
  let exactCentre = false;
  if (context.box) {
    const [w, h] = context.box;
    outsideBox = x < -1 || y < -1 || x > w + 1 || y > h + 1;
    exactCentre = Math.abs(x - w / 2) < 0.05 && Math.abs(y - h / 2) < 0.05;
  }
  return {
    pressAtMs: t,
    pressDurationMs: press.up[1] - t,
    x,
    y,
    outsideBox,
    exactCentre,
    approach: press.approach.length > 0 ? approachFeatures(press.approach, press.down) : null,
    timeReversalMs: largestTimeReversal(events),
  };
}

export function pressEvidence(f: PressFeatures | undefined, context: PressContext = {}): EvidenceList {
  const list = new EvidenceList();
  if (!f) return list.add("events.missing", DECISIVE);
  if (f.timeReversalMs > 5) list.add("events.time_reversed", 4);
  if (f.outsideBox) list.add("press.outside_box", DECISIVE);
  if (f.exactCentre) list.add("press.exact_centre", 1.5);
  // People need a moment to see the control and get there.
  list.tiered("events.too_soon", [
    [f.pressAtMs < 150, 3],
    [f.pressAtMs < 300, 1],
  ]);
  // Mouse clicks last 50-200 ms, taps a little less; a script's down/up pair is a millisecond.
  list.tiered("press.instant_release", [[f.pressDurationMs < 8, 3.5]]);
  list.tiered("press.short", [[f.pressDurationMs >= 8 && f.pressDurationMs < 25, 1.5]]);

  const hovering = context.pointer === undefined || context.pointer === "mouse" || context.pointer === "pen";
  if (hovering) {
    // A mouse has to get to the control; the widget sees every move on the page from the start.
    if (!f.approach) list.add("press.no_approach", 3.5);
    else approachEvidence(f.approach, list);
  }
  return list;
}
