/** English (`language: "en"`). */
import type { Texts } from "./keys";

export const en: Texts = {
  START_VERIFY: "Click to verify",
  POPUP_TITLE: "Security verification",
  SLIDE_TIP: "Drag the slider all the way to the right",
  CHECK_BOX_TIP: "Confirm you are not a robot",
  PUZZLE_TIP: "Drag the slider to complete the puzzle",
  INPAINTING_TIP: "Drag the slider to restore the image",
  VERIFYING: "Verifying…",
  SUCCESS: "Verification passed",
  SLIDE_FAIL: "Verification failed, drag the slider again",
  CAPTCHA_FAIL: "Verification failed, try again",
  CONGESTION: "Network busy, try again",
  CAPTCHA_COMPLETED: "Verified",
  FINISH_CAPTCHA: "Complete the verification first",
  LOADING: "Loading…",
  LOAD_FAIL: "The verification could not be loaded",
  RETRY: "Try again",
  CLOSE: "Close",
  REFRESH: "New challenge",
  SLIDER_LABEL: "Slide to verify",
  PUZZLE_LABEL: "Slide to complete the puzzle",
  INPAINTING_LABEL: "Slide to restore the image",
  KEYBOARD_HINT: "Use the arrow keys to move the slider (Shift for bigger steps), then press Enter.",
};
