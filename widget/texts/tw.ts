/** Traditional Chinese (`language: "tw"`). */
import type { Texts } from "./keys";

export const tw: Texts = {
  START_VERIFY: "點擊開始驗證",
  POPUP_TITLE: "安全驗證",
  SLIDE_TIP: "請按住滑塊，拖動到最右邊",
  CHECK_BOX_TIP: "請確認您不是機器人",
  PUZZLE_TIP: "請拖動滑塊完成拼圖",
  INPAINTING_TIP: "請拖動滑塊還原完整圖片",
  VERIFYING: "驗證中…",
  SUCCESS: "驗證通過",
  SLIDE_FAIL: "驗證失敗，請重新滑動",
  CAPTCHA_FAIL: "驗證失敗，請重試",
  CONGESTION: "網路擁堵，請重試",
  CAPTCHA_COMPLETED: "已驗證",
  FINISH_CAPTCHA: "請先完成驗證",
  LOADING: "載入中…",
  LOAD_FAIL: "驗證載入失敗",
  RETRY: "重試",
  CLOSE: "關閉",
  REFRESH: "換一個",
  SLIDER_LABEL: "滑動完成驗證",
  PUZZLE_LABEL: "滑動完成拼圖",
  INPAINTING_LABEL: "滑動還原圖片",
  KEYBOARD_HINT: "使用方向鍵移動滑塊（按住 Shift 移動更多），然後按 Enter 提交。",
};
