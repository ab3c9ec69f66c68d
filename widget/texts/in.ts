/** Indonesian (`language: "in"`). */
import type { Texts } from "./keys";

export const in_: Texts = {
  START_VERIFY: "Klik untuk verifikasi",
  POPUP_TITLE: "Verifikasi keamanan",
  SLIDE_TIP: "Geser penggeser sampai ke ujung kanan",
  CHECK_BOX_TIP: "Konfirmasikan bahwa Anda bukan robot",
  PUZZLE_TIP: "Geser penggeser untuk menyelesaikan puzzle",
  INPAINTING_TIP: "Geser penggeser untuk memulihkan gambar",
  VERIFYING: "Memverifikasi…",
  SUCCESS: "Verifikasi berhasil",
  SLIDE_FAIL: "Verifikasi gagal, geser lagi",
  CAPTCHA_FAIL: "Verifikasi gagal, coba lagi",
  CONGESTION: "Jaringan sibuk, coba lagi",
  CAPTCHA_COMPLETED: "Terverifikasi",
  FINISH_CAPTCHA: "Selesaikan verifikasi terlebih dahulu",
  LOADING: "Memuat…",
  LOAD_FAIL: "Verifikasi tidak dapat dimuat",
  RETRY: "Coba lagi",
  CLOSE: "Tutup",
  REFRESH: "Tantangan baru",
  SLIDER_LABEL: "Geser untuk verifikasi",
  PUZZLE_LABEL: "Geser untuk menyelesaikan puzzle",
  INPAINTING_LABEL: "Geser untuk memulihkan gambar",
  KEYBOARD_HINT: "Gunakan tombol panah untuk menggerakkan penggeser (Shift untuk langkah lebih besar), lalu tekan Enter.",
};
