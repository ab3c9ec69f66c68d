/** Korean (`language: "ko"`). */
import type { Texts } from "./keys";

export const ko: Texts = {
  START_VERIFY: "클릭하여 인증",
  POPUP_TITLE: "보안 인증",
  SLIDE_TIP: "슬라이더를 오른쪽 끝까지 드래그하세요",
  CHECK_BOX_TIP: "로봇이 아님을 확인하세요",
  PUZZLE_TIP: "슬라이더를 드래그하여 퍼즐을 완성하세요",
  INPAINTING_TIP: "슬라이더를 드래그하여 이미지를 복원하세요",
  VERIFYING: "인증 중…",
  SUCCESS: "인증에 성공했습니다",
  SLIDE_FAIL: "인증에 실패했습니다. 다시 슬라이드하세요",
  CAPTCHA_FAIL: "인증에 실패했습니다. 다시 시도하세요",
  CONGESTION: "네트워크가 혼잡합니다. 다시 시도하세요",
  CAPTCHA_COMPLETED: "인증 완료",
  FINISH_CAPTCHA: "먼저 인증을 완료하세요",
  LOADING: "로드 중…",
  LOAD_FAIL: "인증을 불러올 수 없습니다",
  RETRY: "다시 시도",
  CLOSE: "닫기",
  REFRESH: "새 문제",
  SLIDER_LABEL: "슬라이드하여 인증",
  PUZZLE_LABEL: "슬라이드하여 퍼즐 완성",
  INPAINTING_LABEL: "슬라이드하여 이미지 복원",
  KEYBOARD_HINT: "화살표 키로 슬라이더를 움직이고(Shift를 누르면 더 크게 이동) Enter 키를 누르세요.",
};
