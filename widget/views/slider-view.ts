/** Slider CAPTCHA: drag the handle all the way to the right ({trackWidth} units). */
import { finiteNumber } from "../dom";
import type { ChallengeData } from "../api";
import { recordApproach } from "./approach";
import { createSlider } from "./slider";
import type { ChallengeView, ViewContext } from "./types";

/** How far around the widget's window a move counts as approaching it. */
export const APPROACH_MARGIN_PX = 120;

export function sliderView(context: ViewContext, data: ChallengeData): ChallengeView {
  const trackWidth = Math.max(1, finiteNumber(data.trackWidth, context.slide.width));
  context.setWidth(context.slide.width);
  const slider = createSlider({
    max: trackWidth,
    initial: 0,
    label: context.text("SLIDER_LABEL"),
    tip: context.text("SLIDE_TIP"),
    height: context.slide.height,
    hideTipWhenMoved: false,
    text: context.text,
    recorder: context.recorder,
    onUntrusted: context.onUntrusted,
    onSubmit: (value, pointer) => context.submit({ answer: { x: value }, pointer, box: slider.box() }),
  });
  const stopApproach = recordApproach({
    near: context.area,
    margin: APPROACH_MARGIN_PX,
    recorder: context.recorder,
    toLocal: slider.toTrack,
    paused: slider.dragging,
    onUntrusted: context.onUntrusted,
  });
  return { node: slider.node, focusTarget: slider.handle, setState: slider.setState, destroy: stopApproach };
}
