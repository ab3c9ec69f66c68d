/** Turkish (`language: "tr"`). */
import type { Texts } from "./keys";

export const tr: Texts = {
  START_VERIFY: "Doğrulamak için tıklayın",
  POPUP_TITLE: "Güvenlik doğrulaması",
  SLIDE_TIP: "Kaydırıcıyı en sağa kadar sürükleyin",
  CHECK_BOX_TIP: "Robot olmadığınızı onaylayın",
  PUZZLE_TIP: "Yapbozu tamamlamak için kaydırıcıyı sürükleyin",
  INPAINTING_TIP: "Resmi geri yüklemek için kaydırıcıyı sürükleyin",
  VERIFYING: "Doğrulanıyor…",
  SUCCESS: "Doğrulama başarılı",
  SLIDE_FAIL: "Doğrulama başarısız, tekrar kaydırın",
  CAPTCHA_FAIL: "Doğrulama başarısız, tekrar deneyin",
  CONGESTION: "Ağ yoğun, tekrar deneyin",
  CAPTCHA_COMPLETED: "Doğrulandı",
  FINISH_CAPTCHA: "Önce doğrulamayı tamamlayın",
  LOADING: "Yükleniyor…",
  LOAD_FAIL: "Doğrulama yüklenemedi",
  RETRY: "Tekrar dene",
  CLOSE: "Kapat",
  REFRESH: "Yeni görev",
  SLIDER_LABEL: "Doğrulamak için kaydırın",
  PUZZLE_LABEL: "Yapbozu tamamlamak için kaydırın",
  INPAINTING_LABEL: "Resmi geri yüklemek için kaydırın",
  KEYBOARD_HINT: "Kaydırıcıyı ok tuşlarıyla hareket ettirin (daha büyük adımlar için Shift), ardından Enter tuşuna basın.",
};
