/** Vietnamese (`language: "vi"`). */
import type { Texts } from "./keys";

export const vi: Texts = {
  START_VERIFY: "Nhấp để xác minh",
  POPUP_TITLE: "Xác minh bảo mật",
  SLIDE_TIP: "Kéo thanh trượt sang hết bên phải",
  CHECK_BOX_TIP: "Xác nhận bạn không phải là robot",
  PUZZLE_TIP: "Kéo thanh trượt để hoàn thành hình ghép",
  INPAINTING_TIP: "Kéo thanh trượt để khôi phục hình ảnh",
  VERIFYING: "Đang xác minh…",
  SUCCESS: "Xác minh thành công",
  SLIDE_FAIL: "Xác minh thất bại, vui lòng trượt lại",
  CAPTCHA_FAIL: "Xác minh thất bại, vui lòng thử lại",
  CONGESTION: "Mạng đang tắc nghẽn, vui lòng thử lại",
  CAPTCHA_COMPLETED: "Đã xác minh",
  FINISH_CAPTCHA: "Vui lòng hoàn tất xác minh trước",
  LOADING: "Đang tải…",
  LOAD_FAIL: "Không thể tải xác minh",
  RETRY: "Thử lại",
  CLOSE: "Đóng",
  REFRESH: "Thử thách mới",
  SLIDER_LABEL: "Trượt để xác minh",
  PUZZLE_LABEL: "Trượt để ghép hình",
  INPAINTING_LABEL: "Trượt để khôi phục hình ảnh",
  KEYBOARD_HINT: "Dùng các phím mũi tên để di chuyển thanh trượt (giữ Shift để bước lớn hơn), sau đó nhấn Enter.",
};
