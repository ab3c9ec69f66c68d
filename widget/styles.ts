/** The widget's stylesheet: one <style id="aliyunCaptcha-style"> per page, scoped by its ids. */
export const STYLE_ID = "aliyunCaptcha-style";

const CSS = [
  "#aliyunCaptcha-root,#aliyunCaptcha-root *{box-sizing:border-box}",
  "#aliyunCaptcha-root{font:14px/1.4 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;text-align:start;-webkit-text-size-adjust:100%}",
  "#aliyunCaptcha-root[hidden],#aliyunCaptcha-root [hidden]{display:none!important}",
  "#aliyunCaptcha-root button{font:inherit;margin:0;text-transform:none;letter-spacing:normal}",
  "#aliyunCaptcha-root img{max-width:none;border:0;-webkit-user-drag:none;user-select:none}",
  "#aliyunCaptcha-root :focus-visible{outline:2px solid #2563eb;outline-offset:2px}",
  "#aliyunCaptcha-root :focus:not(:focus-visible){outline:none}",
  ".aliyunCaptcha-sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}",
  "#aliyunCaptcha-mask{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(17,24,39,.5)}",
  "#aliyunCaptcha-window-popup{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;background:#fff;border-radius:10px;box-shadow:0 16px 48px rgba(0,0,0,.28);padding:12px 16px 10px}",
  "#aliyunCaptcha-window-embed{max-width:100%}",
  ".aliyunCaptcha-header{display:flex;align-items:center;gap:2px;margin:0 0 10px;margin-inline-end:-6px}",
  "#aliyunCaptcha-title{flex:1;margin:0;font-size:16px;line-height:1.3;font-weight:600;color:#111827}",
  ".aliyunCaptcha-icon-btn{display:inline-flex;align-items:center;justify-content:center;width:32px;height:32px;padding:0;border:0;border-radius:6px;background:transparent;color:#6b7280;cursor:pointer}",
  ".aliyunCaptcha-icon-btn:hover{background:#f3f4f6;color:#111827}",
  ".aliyunCaptcha-status{min-height:20px;margin-top:6px;font-size:13px;line-height:20px;color:#4b5563}",
  ".aliyunCaptcha-status[data-tone=success]{color:#15803d}",
  ".aliyunCaptcha-status[data-tone=error]{color:#b91c1c}",
  ".aliyunCaptcha-placeholder{display:flex;align-items:center;justify-content:center;gap:8px;width:100%;border:1px solid #e5e7eb;border-radius:6px;background:#f9fafb;color:#6b7280;font-size:13px;padding:0 12px;text-align:center}",
  ".aliyunCaptcha-text-btn{border:1px solid #d1d5db;border-radius:6px;background:#fff;color:#1f2937;padding:3px 10px;cursor:pointer}",
  ".aliyunCaptcha-text-btn:hover{background:#f3f4f6}",
  // Puzzle / image restoration.
  ".aliyunCaptcha-tip{margin:0 0 8px;font-size:13px;line-height:1.4;color:#4b5563}",
  ".aliyunCaptcha-img-box{position:relative;width:100%;height:0;overflow:hidden;border-radius:6px;background:#e5e7eb;user-select:none;-webkit-user-select:none}",
  "#aliyunCaptcha-img{position:absolute;left:0;top:0;width:100%;height:100%;display:block}",
  // The piece is a jigsaw-shaped PNG with alpha: the shadow follows its outline.
  "#aliyunCaptcha-puzzle{position:absolute;display:block;pointer-events:none;filter:drop-shadow(0 0 1px rgba(0,0,0,.7)) drop-shadow(0 2px 4px rgba(0,0,0,.35))}",
  ".aliyunCaptcha-img-box .aliyunCaptcha-icon-btn{position:absolute;top:4px;right:4px;width:28px;height:28px;background:rgba(255,255,255,.85);color:#374151}",
  ".aliyunCaptcha-img-box .aliyunCaptcha-icon-btn:hover{background:#fff}",
  ".aliyunCaptcha-img-box+.aliyunCaptcha-sliding-body{margin-top:10px}",
  // Slider track and handle. The slide goes left to right in every language (the answer is
  // measured from the left edge, and pictures are not mirrored); its label follows the root's direction.
  "#aliyunCaptcha-sliding-body{direction:ltr;position:relative;width:100%;border:1px solid #e5e7eb;border-radius:6px;background:#f3f4f6;user-select:none;-webkit-user-select:none}",
  ".aliyunCaptcha-sliding-fill{position:absolute;left:0;top:0;bottom:0;border-radius:5px 0 0 5px;background:#dbeafe}",
  "#aliyunCaptcha-root[dir=rtl] .aliyunCaptcha-sliding-text{direction:rtl}",
  ".aliyunCaptcha-sliding-text{position:absolute;top:0;bottom:0;display:flex;align-items:center;justify-content:center;color:#6b7280;font-size:13px;line-height:1.2;text-align:center;pointer-events:none;overflow:hidden}",
  "#aliyunCaptcha-sliding-slider{position:absolute;top:-1px;bottom:-1px;display:flex;align-items:center;justify-content:center;border:1px solid #d1d5db;border-radius:6px;background:#fff;color:#374151;box-shadow:0 1px 3px rgba(0,0,0,.15);cursor:grab;touch-action:none;-webkit-tap-highlight-color:transparent}",
  "#aliyunCaptcha-sliding-slider:hover{border-color:#2563eb;color:#2563eb}",
  "#aliyunCaptcha-sliding-slider.aliyunCaptcha-dragging{cursor:grabbing;border-color:#2563eb;color:#2563eb}",
  "#aliyunCaptcha-sliding-body[data-state=verifying] #aliyunCaptcha-sliding-slider{cursor:progress}",
  "#aliyunCaptcha-sliding-body[data-state=pass]{border-color:#86efac}",
  "#aliyunCaptcha-sliding-body[data-state=pass] .aliyunCaptcha-sliding-fill{background:#dcfce7}",
  "#aliyunCaptcha-sliding-body[data-state=pass] #aliyunCaptcha-sliding-slider{background:#16a34a;border-color:#16a34a;color:#fff;cursor:default}",
  "#aliyunCaptcha-sliding-body[data-state=fail]{border-color:#fca5a5}",
  "#aliyunCaptcha-sliding-body[data-state=fail] .aliyunCaptcha-sliding-fill{background:#fee2e2}",
  "#aliyunCaptcha-sliding-body[data-state=fail] #aliyunCaptcha-sliding-slider{background:#dc2626;border-color:#dc2626;color:#fff;cursor:default}",
  // One-click.
  "#aliyunCaptcha-checkbox{display:flex;align-items:center;gap:10px;width:100%;height:100%;padding:0 12px;border:1px solid #e5e7eb;border-radius:6px;background:#f9fafb;color:#1f2937;cursor:pointer;text-align:start}",
  "#aliyunCaptcha-checkbox:hover{border-color:#2563eb}",
  "#aliyunCaptcha-checkbox[aria-disabled=true]{cursor:default}",
  "#aliyunCaptcha-checkbox[data-state=pass]{border-color:#86efac;background:#f0fdf4}",
  "#aliyunCaptcha-checkbox[data-state=fail]{border-color:#fca5a5;background:#fef2f2}",
  ".aliyunCaptcha-checkbox-icon{display:inline-flex;flex:none;align-items:center;justify-content:center;width:20px;height:20px;border:2px solid #9ca3af;border-radius:4px;background:#fff;color:#fff}",
  "#aliyunCaptcha-checkbox[data-state=verifying] .aliyunCaptcha-checkbox-icon{border:0;background:transparent}",
  "#aliyunCaptcha-checkbox[data-state=pass] .aliyunCaptcha-checkbox-icon{border-color:#16a34a;background:#16a34a}",
  "#aliyunCaptcha-checkbox[data-state=fail] .aliyunCaptcha-checkbox-icon{border-color:#dc2626;background:#dc2626}",
  ".aliyunCaptcha-spinner{display:inline-block;width:18px;height:18px;border:2px solid #bfdbfe;border-top-color:#2563eb;border-radius:50%;animation:aliyunCaptcha-spin .8s linear infinite}",
  "@keyframes aliyunCaptcha-spin{to{transform:rotate(360deg)}}",
  "@media (prefers-reduced-motion:reduce){.aliyunCaptcha-spinner{animation-duration:2.4s}}",
].join("\n");

export function installStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  (document.head || document.documentElement).appendChild(style);
}

export function removeStyle(): void {
  const style = document.getElementById(STYLE_ID);
  if (style?.parentNode) style.parentNode.removeChild(style);
}
