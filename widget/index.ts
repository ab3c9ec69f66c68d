/**
 * AliyunCaptcha.js: the browser client of this self-hosted CAPTCHA server, a drop-in for Alibaba
 * Cloud Captcha 2.0's Web/H5 script. It reads window.AliyunCaptchaConfig ({ region, prefix }) and
 * defines window.initAliyunCaptcha(options) with the same options, callbacks (V3: success/fail;
 * V2: captchaVerifyCallback/onBizResultCallback) and instance methods (show, hide, refresh,
 * destroyCaptcha, startTracelessVerification). It talks to the server it is served from
 * (POST /api/captcha/init and /api/captcha/verify): it solves the server's proof of work and
 * reports what the person did, as raw events. Pass or fail is always decided by the server.
 */
import { createApi } from "./api";
import { createWidget, type WidgetInstance } from "./controller";
import { queryElement, safeCall } from "./dom";
import { readOptions, type CaptchaOptions, type GlobalConfig } from "./options";

interface InitFunction {
  (options?: CaptchaOptions): void;
  /** Tells this script from Alibaba's, and a second copy of it from the first. */
  selfHosted?: true;
}

declare global {
  interface Window {
    initAliyunCaptcha?: InitFunction;
    AliyunCaptchaConfig?: GlobalConfig;
  }
}

/**
 * The API is the server that serves this file. document.currentScript is only set while the
 * script first runs, so the origin is taken now.
 */
function apiOrigin(): string {
  let script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) {
    const candidates = document.querySelectorAll<HTMLScriptElement>('script[src*="AliyunCaptcha.js"]');
    script = candidates[candidates.length - 1] || null;
  }
  try {
    return new URL(script ? script.src : "", location.href).origin;
  } catch (_) {
    return location.origin;
  }
}

function install() {
  if (typeof window === "undefined" || typeof document === "undefined") return;
  if (typeof window.initAliyunCaptcha === "function" && window.initAliyunCaptcha.selfHosted) {
    console.warn("[AliyunCaptcha] AliyunCaptcha.js is included more than once; the first copy stays in use.");
    return;
  }
  const origin = apiOrigin();
  /** The page's one instance, or a placeholder while waiting for the DOM. */
  let active: { instance: WidgetInstance | null } | null = null;

  const initAliyunCaptcha: InitFunction = (options: CaptchaOptions = {}) => {
    options = options || {};
    const report = (code: string, message: string) => {
      const error = { code, message };
      if (typeof options.onError === "function") safeCall(options.onError, error);
      else console.error(`[AliyunCaptcha] ${code}: ${message}`);
    };

    if (active) {
      report(
        "AlreadyInitialized",
        "initAliyunCaptcha was already called on this page; call destroyCaptcha() on that instance before initializing again",
      );
      return;
    }
    const read = readOptions(options, window.AliyunCaptchaConfig || {});
    if ("error" in read) {
      report("InvalidParameter", read.error);
      return;
    }
    // Not onError: the widget still works (Alibaba's logs the mistake and carries on).
    if ("warning" in read && read.warning) console.error(`[AliyunCaptcha] InvalidParameter: ${read.warning}`);

    const element = queryElement(options.element, "element");
    const button = queryElement(options.button, "button");
    if ((("missing" in element && element.missing) || ("missing" in button && button.missing)) && document.readyState === "loading") {
      // Called before the elements were parsed: wait for the DOM instead of failing.
      const placeholder = { instance: null };
      active = placeholder;
      document.addEventListener("DOMContentLoaded", () => {
        if (active !== placeholder) return;
        active = null;
        initAliyunCaptcha(options);
      });
      return;
    }
    if ("error" in element) return report("InvalidParameter", element.error);
    if ("error" in button) return report("InvalidParameter", button.error);

    const slot: { instance: WidgetInstance | null } = { instance: null };
    active = slot;
    slot.instance = createWidget({
      settings: read.settings,
      element: element.element,
      button: button.element,
      api: createApi(origin, read.settings.timeout),
      report,
      onDestroyed: () => {
        if (active === slot) active = null;
      },
    });
    safeCall(options.getInstance, slot.instance);
  };
  initAliyunCaptcha.selfHosted = true;
  window.initAliyunCaptcha = initAliyunCaptcha;
}

install();
