/** Slider CAPTCHA: drag the handle all the way to the right ({trackWidth} units). */
import { finiteNumber } from "../dom";
import type { ChallengeData } from "../api";
import { recordWindowApproach } from "./approach";
import { createSlider } from "./slider";
import type { ChallengeView, ViewContext } from "./types";

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
  const stopApproach = recordWindowApproach(context, slider.toTrack, slider.dragging);
  return { node: slider.node, focusTarget: slider.handle, setState: slider.setState, destroy: stopApproach };
}
