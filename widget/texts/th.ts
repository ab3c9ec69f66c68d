/** Thai (`language: "th"`). */
import type { Texts } from "./keys";

export const th: Texts = {
  START_VERIFY: "คลิกเพื่อยืนยัน",
  POPUP_TITLE: "การยืนยันความปลอดภัย",
  SLIDE_TIP: "ลากแถบเลื่อนไปจนสุดทางขวา",
  CHECK_BOX_TIP: "ยืนยันว่าคุณไม่ใช่โรบอท",
  PUZZLE_TIP: "ลากแถบเลื่อนเพื่อต่อภาพให้สมบูรณ์",
  INPAINTING_TIP: "ลากแถบเลื่อนเพื่อกู้คืนภาพ",
  VERIFYING: "กำลังยืนยัน…",
  SUCCESS: "ยืนยันสำเร็จ",
  SLIDE_FAIL: "การยืนยันล้มเหลว โปรดเลื่อนอีกครั้ง",
  CAPTCHA_FAIL: "การยืนยันล้มเหลว โปรดลองอีกครั้ง",
  CONGESTION: "เครือข่ายไม่ว่าง โปรดลองอีกครั้ง",
  CAPTCHA_COMPLETED: "ยืนยันแล้ว",
  FINISH_CAPTCHA: "โปรดยืนยันให้เสร็จก่อน",
  LOADING: "กำลังโหลด…",
  LOAD_FAIL: "ไม่สามารถโหลดการยืนยันได้",
  RETRY: "ลองอีกครั้ง",
  CLOSE: "ปิด",
  REFRESH: "โจทย์ใหม่",
  SLIDER_LABEL: "เลื่อนเพื่อยืนยัน",
  PUZZLE_LABEL: "เลื่อนเพื่อต่อภาพ",
  INPAINTING_LABEL: "เลื่อนเพื่อกู้คืนภาพ",
  KEYBOARD_HINT: "ใช้ปุ่มลูกศรเพื่อเลื่อนแถบ (กด Shift เพื่อเลื่อนทีละมากขึ้น) แล้วกด Enter",
};
