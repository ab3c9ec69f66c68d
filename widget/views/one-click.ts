/** One-click CAPTCHA: a checkbox-like button; the server judges how it was reached and pressed. */
import { h, ICONS } from "../dom";
import { recordWindowApproach } from "./approach";
import { trackPresses } from "./press";
import type { ChallengeView, ViewContext } from "./types";

export function oneClickView(context: ViewContext): ChallengeView {
  const t = context.text;
  context.setWidth(context.slide.width);
  const icon = h("span", { class: "aliyunCaptcha-checkbox-icon" });
  const label = h("span", { class: "aliyunCaptcha-checkbox-text", text: t("START_VERIFY") });
  const button = h("button", { type: "button", id: "aliyunCaptcha-checkbox", title: t("CHECK_BOX_TIP") }, [icon, label]);
  let disabled = false;
  const presses = trackPresses(button, () => (disabled ? null : context.recorder), context.onUntrusted);
  const stopApproach = recordWindowApproach(context, presses.toLocal);
  button.addEventListener("click", (event) => {
    if (disabled) return;
    if (event.isTrusted === false) context.onUntrusted();
    context.submit({ answer: {}, pointer: presses.pointerFor(event), box: presses.box() });
  });
  return {
    node: h("div", { class: "aliyunCaptcha-checkbox-box", style: `height:${context.slide.height}px` }, [button]),
    focusTarget: button,
    setState(state) {
      disabled = state === "verifying" || state === "pass" || state === "fail";
      if (state) button.setAttribute("data-state", state);
      else button.removeAttribute("data-state");
      button.setAttribute("aria-disabled", disabled ? "true" : "false");
      icon.innerHTML = state === "verifying" ? ICONS.spinner : state === "pass" ? ICONS.check : state === "fail" ? ICONS.cross : "";
      label.textContent = state === "pass" ? t("CAPTCHA_COMPLETED") : t("START_VERIFY");
    },
    destroy() {
      stopApproach();
      presses.stop();
    },
  };
}
