/** Arabic (`language: "ar"`). */
import type { Texts } from "./keys";

export const ar: Texts = {
  START_VERIFY: "انقر لبدء التحقق",
  POPUP_TITLE: "التحقق الأمني",
  SLIDE_TIP: "اسحب شريط التمرير إلى أقصى اليمين",
  CHECK_BOX_TIP: "أكّد أنك لست روبوتًا",
  PUZZLE_TIP: "اسحب شريط التمرير لإكمال اللغز",
  INPAINTING_TIP: "اسحب شريط التمرير لاستعادة الصورة",
  VERIFYING: "جارٍ التحقق…",
  SUCCESS: "تم التحقق بنجاح",
  SLIDE_FAIL: "فشل التحقق، اسحب شريط التمرير مرة أخرى",
  CAPTCHA_FAIL: "فشل التحقق، حاول مرة أخرى",
  CONGESTION: "الشبكة مزدحمة، حاول مرة أخرى",
  CAPTCHA_COMPLETED: "تم التحقق",
  FINISH_CAPTCHA: "أكمل التحقق أولًا",
  LOADING: "جارٍ التحميل…",
  LOAD_FAIL: "تعذّر تحميل التحقق",
  RETRY: "إعادة المحاولة",
  CLOSE: "إغلاق",
  REFRESH: "تحدٍّ جديد",
  SLIDER_LABEL: "اسحب للتحقق",
  PUZZLE_LABEL: "اسحب لإكمال اللغز",
  INPAINTING_LABEL: "اسحب لاستعادة الصورة",
  KEYBOARD_HINT: "استخدم مفاتيح الأسهم لتحريك شريط التمرير (مع Shift لخطوات أكبر)، ثم اضغط Enter.",
};
