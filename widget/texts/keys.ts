/**
 * The widget's text keys. The first 13 are Captcha 2.0's upLang keys, which a page may override;
 * the rest are this widget's own (loading and error states, accessible names) and can be
 * overridden the same way.
 */
export const UPLANG_KEYS = [
  "START_VERIFY",
  "POPUP_TITLE",
  "SLIDE_TIP",
  "CHECK_BOX_TIP",
  "PUZZLE_TIP",
  "INPAINTING_TIP",
  "VERIFYING",
  "SUCCESS",
  "SLIDE_FAIL",
  "CAPTCHA_FAIL",
  "CONGESTION",
  "CAPTCHA_COMPLETED",
  "FINISH_CAPTCHA",
] as const;

export const WIDGET_KEYS = [
  "LOADING",
  "LOAD_FAIL",
  "RETRY",
  "CLOSE",
  "REFRESH",
  "SLIDER_LABEL",
  "PUZZLE_LABEL",
  "INPAINTING_LABEL",
  "KEYBOARD_HINT",
] as const;

export type TextKey = (typeof UPLANG_KEYS)[number] | (typeof WIDGET_KEYS)[number];
export type Texts = Record<TextKey, string>;
