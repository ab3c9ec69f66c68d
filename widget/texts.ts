/**
 * Built-in texts. Keys follow Captcha 2.0's upLang keys (START_VERIFY ... FINISH_CAPTCHA); FAIL is
 * the failure message (CAPTCHA_FAIL and SLIDE_FAIL are accepted as its older names). The other keys
 * are this widget's own (accessible names and error states) and can be overridden the same way.
 * The bundle is written in ASCII (esbuild escapes these), whatever charset a page declares.
 */
const en = {
  LOADING: "Loading…",
  START_VERIFY: "Click to verify",
  POPUP_TITLE: "Security verification",
  SLIDE_TIP: "Drag the slider all the way to the right",
  CHECK_BOX_TIP: "Confirm you are not a robot",
  PUZZLE_TIP: "Drag the slider to complete the puzzle",
  INPAINTING_TIP: "Drag the slider to restore the image",
  VERIFYING: "Verifying…",
  SUCCESS: "Verification passed",
  FAIL: "Verification failed, try again",
  CONGESTION: "Network busy, try again",
  CAPTCHA_COMPLETED: "Verified",
  FINISH_CAPTCHA: "Complete the verification first",
  LOAD_FAIL: "The verification could not be loaded",
  RETRY: "Try again",
  CLOSE: "Close",
  REFRESH: "New challenge",
  SLIDER_LABEL: "Slide to verify",
  PUZZLE_LABEL: "Slide to complete the puzzle",
  INPAINTING_LABEL: "Slide to restore the image",
  KEYBOARD_HINT: "Use the arrow keys to move the slider (Shift for bigger steps), then press Enter.",
};
export type TextKey = keyof typeof en;
export type Texts = Record<TextKey, string>;

const cn: Texts = {
  LOADING: "加载中…",
  START_VERIFY: "点击开始验证",
  POPUP_TITLE: "安全验证",
  SLIDE_TIP: "请按住滑块，拖动到最右边",
  CHECK_BOX_TIP: "请确认您不是机器人",
  PUZZLE_TIP: "请拖动滑块完成拼图",
  INPAINTING_TIP: "请拖动滑块还原完整图片",
  VERIFYING: "验证中…",
  SUCCESS: "验证通过",
  FAIL: "验证失败，请重试",
  CONGESTION: "网络拥堵，请重试",
  CAPTCHA_COMPLETED: "已验证",
  FINISH_CAPTCHA: "请先完成验证",
  LOAD_FAIL: "验证加载失败",
  RETRY: "重试",
  CLOSE: "关闭",
  REFRESH: "换一个",
  SLIDER_LABEL: "滑动完成验证",
  PUZZLE_LABEL: "滑动完成拼图",
  INPAINTING_LABEL: "滑动还原图片",
  KEYBOARD_HINT: "使用方向键移动滑块（按住 Shift 移动更多），然后按 Enter 提交。",
};

const tw: Texts = {
  LOADING: "載入中…",
  START_VERIFY: "點擊開始驗證",
  POPUP_TITLE: "安全驗證",
  SLIDE_TIP: "請按住滑塊，拖動到最右邊",
  CHECK_BOX_TIP: "請確認您不是機器人",
  PUZZLE_TIP: "請拖動滑塊完成拼圖",
  INPAINTING_TIP: "請拖動滑塊還原完整圖片",
  VERIFYING: "驗證中…",
  SUCCESS: "驗證通過",
  FAIL: "驗證失敗，請重試",
  CONGESTION: "網路擁堵，請重試",
  CAPTCHA_COMPLETED: "已驗證",
  FINISH_CAPTCHA: "請先完成驗證",
  LOAD_FAIL: "驗證載入失敗",
  RETRY: "重試",
  CLOSE: "關閉",
  REFRESH: "換一個",
  SLIDER_LABEL: "滑動完成驗證",
  PUZZLE_LABEL: "滑動完成拼圖",
  INPAINTING_LABEL: "滑動還原圖片",
  KEYBOARD_HINT: "使用方向鍵移動滑塊（按住 Shift 移動更多），然後按 Enter 提交。",
};

/** Languages without built-in texts use English until the page gives its own through upLang. */
export const TEXTS: Record<string, Texts> = { en, cn, tw };

/** The lang attribute for the widget's root, where Alibaba's code is not a BCP 47 tag. */
export const HTML_LANG: Record<string, string> = { cn: "zh-CN", tw: "zh-TW", in: "id" };

export type TextFn = (key: TextKey) => string;

/** The texts for `language` with the page's upLang overrides ({ [language]: { KEY: text } }). */
export function createTexts(language: string, upLang: unknown): TextFn {
  const all = upLang && typeof upLang === "object" ? (upLang as Record<string, unknown>)[language] : undefined;
  const overrides = (all && typeof all === "object" ? all : {}) as Record<string, unknown>;
  const base = TEXTS[language] || en;
  return (key) => {
    let custom = overrides[key];
    if (key === "FAIL" && custom === undefined)
      custom = overrides.CAPTCHA_FAIL !== undefined ? overrides.CAPTCHA_FAIL : overrides.SLIDE_FAIL;
    if (typeof custom === "string") return custom;
    return base[key] !== undefined ? base[key] : en[key];
  };
}
