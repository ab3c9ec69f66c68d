/** Malay (`language: "ms"`). */
import type { Texts } from "./keys";

export const ms: Texts = {
  START_VERIFY: "Klik untuk mengesahkan",
  POPUP_TITLE: "Pengesahan keselamatan",
  SLIDE_TIP: "Seret peluncur hingga ke hujung kanan",
  CHECK_BOX_TIP: "Sahkan bahawa anda bukan robot",
  PUZZLE_TIP: "Seret peluncur untuk melengkapkan teka-teki",
  INPAINTING_TIP: "Seret peluncur untuk memulihkan imej",
  VERIFYING: "Mengesahkan…",
  SUCCESS: "Pengesahan berjaya",
  SLIDE_FAIL: "Pengesahan gagal, sila seret semula",
  CAPTCHA_FAIL: "Pengesahan gagal, sila cuba lagi",
  CONGESTION: "Rangkaian sesak, sila cuba lagi",
  CAPTCHA_COMPLETED: "Disahkan",
  FINISH_CAPTCHA: "Sila lengkapkan pengesahan dahulu",
  LOADING: "Memuatkan…",
  LOAD_FAIL: "Pengesahan tidak dapat dimuatkan",
  RETRY: "Cuba lagi",
  CLOSE: "Tutup",
  REFRESH: "Cabaran baharu",
  SLIDER_LABEL: "Luncur untuk mengesahkan",
  PUZZLE_LABEL: "Luncur untuk melengkapkan teka-teki",
  INPAINTING_LABEL: "Luncur untuk memulihkan imej",
  KEYBOARD_HINT: "Gunakan kekunci anak panah untuk menggerakkan peluncur (Shift untuk langkah lebih besar), kemudian tekan Enter.",
};
