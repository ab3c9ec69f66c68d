/** Japanese (`language: "ja"`). */
import type { Texts } from "./keys";

export const ja: Texts = {
  START_VERIFY: "クリックして認証",
  POPUP_TITLE: "セキュリティ認証",
  SLIDE_TIP: "スライダーを右端までドラッグしてください",
  CHECK_BOX_TIP: "ロボットではないことを確認してください",
  PUZZLE_TIP: "スライダーをドラッグしてパズルを完成させてください",
  INPAINTING_TIP: "スライダーをドラッグして画像を復元してください",
  VERIFYING: "認証中…",
  SUCCESS: "認証に成功しました",
  SLIDE_FAIL: "認証に失敗しました。もう一度スライドしてください",
  CAPTCHA_FAIL: "認証に失敗しました。もう一度お試しください",
  CONGESTION: "ネットワークが混雑しています。もう一度お試しください",
  CAPTCHA_COMPLETED: "認証済み",
  FINISH_CAPTCHA: "先に認証を完了してください",
  LOADING: "読み込み中…",
  LOAD_FAIL: "認証を読み込めませんでした",
  RETRY: "再試行",
  CLOSE: "閉じる",
  REFRESH: "別の問題",
  SLIDER_LABEL: "スライドして認証",
  PUZZLE_LABEL: "スライドしてパズルを完成",
  INPAINTING_LABEL: "スライドして画像を復元",
  KEYBOARD_HINT: "矢印キーでスライダーを動かし（Shift で大きく移動）、Enter キーを押してください。",
};
