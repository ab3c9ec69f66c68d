/** Simplified Chinese (`language: "cn"`). */
import type { Texts } from "./keys";

export const cn: Texts = {
  START_VERIFY: "点击开始验证",
  POPUP_TITLE: "安全验证",
  SLIDE_TIP: "请按住滑块，拖动到最右边",
  CHECK_BOX_TIP: "请确认您不是机器人",
  PUZZLE_TIP: "请拖动滑块完成拼图",
  INPAINTING_TIP: "请拖动滑块还原完整图片",
  VERIFYING: "验证中…",
  SUCCESS: "验证通过",
  SLIDE_FAIL: "验证失败，请重新滑动",
  CAPTCHA_FAIL: "验证失败，请重试",
  CONGESTION: "网络拥堵，请重试",
  CAPTCHA_COMPLETED: "已验证",
  FINISH_CAPTCHA: "请先完成验证",
  LOADING: "加载中…",
  LOAD_FAIL: "验证加载失败",
  RETRY: "重试",
  CLOSE: "关闭",
  REFRESH: "换一个",
  SLIDER_LABEL: "滑动完成验证",
  PUZZLE_LABEL: "滑动完成拼图",
  INPAINTING_LABEL: "滑动还原图片",
  KEYBOARD_HINT: "使用方向键移动滑块（按住 Shift 移动更多），然后按 Enter 提交。",
};
