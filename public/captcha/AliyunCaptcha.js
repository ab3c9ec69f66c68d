/*!
 * AliyunCaptcha.js: the browser client of this self-hosted CAPTCHA server.
 *
 * Drop-in for Alibaba Cloud Captcha 2.0's Web/H5 script: it reads window.AliyunCaptchaConfig
 * ({ region, prefix }) and defines window.initAliyunCaptcha(options), with the same options,
 * callbacks (V3: success/fail; V2: captchaVerifyCallback/onBizResultCallback) and instance
 * methods (show, hide, refresh, destroyCaptcha). It talks to the server it is served from
 * (POST /api/captcha/init and /api/captcha/verify) and only reports what the person did:
 * positions, timing and a few behaviour signals. Pass or fail is always decided by the server.
 *
 * Plain ES2019, no dependencies, no build step.
 */
(function () {
  "use strict";

  if (typeof window === "undefined" || typeof document === "undefined") return;
  if (typeof window.initAliyunCaptcha === "function" && window.initAliyunCaptcha.selfHosted) {
    console.warn("[AliyunCaptcha] AliyunCaptcha.js is included more than once; the first copy stays in use.");
    return;
  }

  // The API is the server that serves this file; document.currentScript is only set while the
  // script first runs, so the origin is taken now.
  var API_ORIGIN = (function () {
    var script = document.currentScript;
    if (!script || !script.src) {
      var candidates = document.querySelectorAll('script[src*="AliyunCaptcha.js"]');
      script = candidates[candidates.length - 1];
    }
    try {
      return new URL(script.src, location.href).origin;
    } catch (_) {
      return location.origin;
    }
  })();

  var LANGUAGES = ["cn", "tw", "en", "ar", "de", "es", "fr", "in", "it", "ja", "ko", "pt", "ru", "ms", "th", "tr", "vi"];
  var HTML_LANG = { cn: "zh-CN", tw: "zh-TW", in: "id" };
  var CAPTCHA_TYPES = ["ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION", "INVISIBLE"];
  var MIN_SLIDE_WIDTH = 320;
  var DEFAULT_SLIDE = { width: 360, height: 40 };
  var PUZZLE_TRACK_HEIGHT = 40;
  var MAX_TRAJECTORY = 50;
  // The server keeps an initialization for 20 minutes (after that: F014); older ones are replaced.
  var MAX_CHALLENGE_AGE_MS = 15 * 60 * 1000;
  var FAIL_DISPLAY_MS = 1200;
  var SUCCESS_DISPLAY_MS = 700;

  // Built-in texts. Keys follow Captcha 2.0's upLang keys (START_VERIFY ... FINISH_CAPTCHA); FAIL is
  // the failure message (CAPTCHA_FAIL and SLIDE_FAIL are accepted as its older names). The other
  // keys are this script's own (accessible names and error states) and can be overridden the same way.
  // Non-ASCII characters are written as \u escapes: the file stays ASCII, so it reads the same
  // whatever charset the page or the server declares.
  var TEXTS = {
    en: {
      LOADING: "Loading\u2026",
      START_VERIFY: "Click to verify",
      POPUP_TITLE: "Security verification",
      SLIDE_TIP: "Drag the slider all the way to the right",
      CHECK_BOX_TIP: "Confirm you are not a robot",
      PUZZLE_TIP: "Drag the slider to complete the puzzle",
      INPAINTING_TIP: "Drag the slider to restore the image",
      VERIFYING: "Verifying\u2026",
      SUCCESS: "Verification passed",
      FAIL: "Verification failed, try again",
      CONGESTION: "Network busy, try again",
      CAPTCHA_COMPLETED: "Verified",
      FINISH_CAPTCHA: "Complete the verification first",
      LOAD_FAIL: "The verification could not be loaded",
      RETRY: "Try again",
      CLOSE: "Close",
      REFRESH: "New challenge",
      SLIDER_LABEL: "Slide to verify",
      PUZZLE_LABEL: "Slide to complete the puzzle",
      INPAINTING_LABEL: "Slide to restore the image",
      KEYBOARD_HINT: "Use the arrow keys to move the slider (Shift for bigger steps), then press Enter.",
    },
    cn: {
      LOADING: "\u52a0\u8f7d\u4e2d\u2026",
      START_VERIFY: "\u70b9\u51fb\u5f00\u59cb\u9a8c\u8bc1",
      POPUP_TITLE: "\u5b89\u5168\u9a8c\u8bc1",
      SLIDE_TIP: "\u8bf7\u6309\u4f4f\u6ed1\u5757\uff0c\u62d6\u52a8\u5230\u6700\u53f3\u8fb9",
      CHECK_BOX_TIP: "\u8bf7\u786e\u8ba4\u60a8\u4e0d\u662f\u673a\u5668\u4eba",
      PUZZLE_TIP: "\u8bf7\u62d6\u52a8\u6ed1\u5757\u5b8c\u6210\u62fc\u56fe",
      INPAINTING_TIP: "\u8bf7\u62d6\u52a8\u6ed1\u5757\u8fd8\u539f\u5b8c\u6574\u56fe\u7247",
      VERIFYING: "\u9a8c\u8bc1\u4e2d\u2026",
      SUCCESS: "\u9a8c\u8bc1\u901a\u8fc7",
      FAIL: "\u9a8c\u8bc1\u5931\u8d25\uff0c\u8bf7\u91cd\u8bd5",
      CONGESTION: "\u7f51\u7edc\u62e5\u5835\uff0c\u8bf7\u91cd\u8bd5",
      CAPTCHA_COMPLETED: "\u5df2\u9a8c\u8bc1",
      FINISH_CAPTCHA: "\u8bf7\u5148\u5b8c\u6210\u9a8c\u8bc1",
      LOAD_FAIL: "\u9a8c\u8bc1\u52a0\u8f7d\u5931\u8d25",
      RETRY: "\u91cd\u8bd5",
      CLOSE: "\u5173\u95ed",
      REFRESH: "\u6362\u4e00\u4e2a",
      SLIDER_LABEL: "\u6ed1\u52a8\u5b8c\u6210\u9a8c\u8bc1",
      PUZZLE_LABEL: "\u6ed1\u52a8\u5b8c\u6210\u62fc\u56fe",
      INPAINTING_LABEL: "\u6ed1\u52a8\u8fd8\u539f\u56fe\u7247",
      KEYBOARD_HINT: "\u4f7f\u7528\u65b9\u5411\u952e\u79fb\u52a8\u6ed1\u5757\uff08\u6309\u4f4f Shift \u79fb\u52a8\u66f4\u591a\uff09\uff0c\u7136\u540e\u6309 Enter \u63d0\u4ea4\u3002",
    },
    tw: {
      LOADING: "\u8f09\u5165\u4e2d\u2026",
      START_VERIFY: "\u9ede\u64ca\u958b\u59cb\u9a57\u8b49",
      POPUP_TITLE: "\u5b89\u5168\u9a57\u8b49",
      SLIDE_TIP: "\u8acb\u6309\u4f4f\u6ed1\u584a\uff0c\u62d6\u52d5\u5230\u6700\u53f3\u908a",
      CHECK_BOX_TIP: "\u8acb\u78ba\u8a8d\u60a8\u4e0d\u662f\u6a5f\u5668\u4eba",
      PUZZLE_TIP: "\u8acb\u62d6\u52d5\u6ed1\u584a\u5b8c\u6210\u62fc\u5716",
      INPAINTING_TIP: "\u8acb\u62d6\u52d5\u6ed1\u584a\u9084\u539f\u5b8c\u6574\u5716\u7247",
      VERIFYING: "\u9a57\u8b49\u4e2d\u2026",
      SUCCESS: "\u9a57\u8b49\u901a\u904e",
      FAIL: "\u9a57\u8b49\u5931\u6557\uff0c\u8acb\u91cd\u8a66",
      CONGESTION: "\u7db2\u8def\u64c1\u5835\uff0c\u8acb\u91cd\u8a66",
      CAPTCHA_COMPLETED: "\u5df2\u9a57\u8b49",
      FINISH_CAPTCHA: "\u8acb\u5148\u5b8c\u6210\u9a57\u8b49",
      LOAD_FAIL: "\u9a57\u8b49\u8f09\u5165\u5931\u6557",
      RETRY: "\u91cd\u8a66",
      CLOSE: "\u95dc\u9589",
      REFRESH: "\u63db\u4e00\u500b",
      SLIDER_LABEL: "\u6ed1\u52d5\u5b8c\u6210\u9a57\u8b49",
      PUZZLE_LABEL: "\u6ed1\u52d5\u5b8c\u6210\u62fc\u5716",
      INPAINTING_LABEL: "\u6ed1\u52d5\u9084\u539f\u5716\u7247",
      KEYBOARD_HINT: "\u4f7f\u7528\u65b9\u5411\u9375\u79fb\u52d5\u6ed1\u584a\uff08\u6309\u4f4f Shift \u79fb\u52d5\u66f4\u591a\uff09\uff0c\u7136\u5f8c\u6309 Enter \u63d0\u4ea4\u3002",
    },
  };

  var ICONS = {
    arrow:
      '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h13m-5-6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>',
    arrows:
      '<svg width="20" height="18" viewBox="0 0 26 24" aria-hidden="true" focusable="false"><path d="M3 12h20M8 7l-5 5 5 5m10-10 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>',
    check:
      '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>',
    cross:
      '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.5 6.5l11 11m0-11-11 11" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>',
    close:
      '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>',
    refresh:
      '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>',
    spinner: '<span class="aliyunCaptcha-spinner" aria-hidden="true"></span>',
  };

  var STYLE_ID = "aliyunCaptcha-style";
  var CSS = [
    "#aliyunCaptcha-root,#aliyunCaptcha-root *{box-sizing:border-box}",
    "#aliyunCaptcha-root{font:14px/1.4 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'PingFang SC','Microsoft YaHei',sans-serif;color:#1f2937;text-align:left;-webkit-text-size-adjust:100%}",
    "#aliyunCaptcha-root[hidden],#aliyunCaptcha-root [hidden]{display:none!important}",
    "#aliyunCaptcha-root button{font:inherit;margin:0;text-transform:none;letter-spacing:normal}",
    "#aliyunCaptcha-root img{max-width:none;border:0;-webkit-user-drag:none;user-select:none}",
    "#aliyunCaptcha-root :focus-visible{outline:2px solid #2563eb;outline-offset:2px}",
    "#aliyunCaptcha-root :focus:not(:focus-visible){outline:none}",
    ".aliyunCaptcha-sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}",
    "#aliyunCaptcha-mask{position:fixed;top:0;right:0;bottom:0;left:0;background:rgba(17,24,39,.5)}",
    "#aliyunCaptcha-window-popup{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;background:#fff;border-radius:10px;box-shadow:0 16px 48px rgba(0,0,0,.28);padding:12px 16px 10px}",
    "#aliyunCaptcha-window-embed{max-width:100%}",
    ".aliyunCaptcha-header{display:flex;align-items:center;gap:2px;margin:0 -6px 10px 0}",
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
    "#aliyunCaptcha-puzzle{position:absolute;display:block;pointer-events:none;filter:drop-shadow(0 0 1px rgba(0,0,0,.7)) drop-shadow(0 2px 4px rgba(0,0,0,.35))}",
    ".aliyunCaptcha-img-box .aliyunCaptcha-icon-btn{position:absolute;top:4px;right:4px;width:28px;height:28px;background:rgba(255,255,255,.85);color:#374151}",
    ".aliyunCaptcha-img-box .aliyunCaptcha-icon-btn:hover{background:#fff}",
    ".aliyunCaptcha-img-box+.aliyunCaptcha-sliding-body{margin-top:10px}",
    // Slider track and handle.
    "#aliyunCaptcha-sliding-body{position:relative;width:100%;border:1px solid #e5e7eb;border-radius:6px;background:#f3f4f6;user-select:none;-webkit-user-select:none}",
    ".aliyunCaptcha-sliding-fill{position:absolute;left:0;top:0;bottom:0;border-radius:5px 0 0 5px;background:#dbeafe}",
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
    "#aliyunCaptcha-checkbox{display:flex;align-items:center;gap:10px;width:100%;height:100%;padding:0 12px;border:1px solid #e5e7eb;border-radius:6px;background:#f9fafb;color:#1f2937;cursor:pointer;text-align:left}",
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

  var active = null; // the page's one instance (or a placeholder while waiting for the DOM)

  function now() {
    return typeof performance !== "undefined" && performance.now ? performance.now() : Date.now();
  }

  function isFunction(value) {
    return typeof value === "function";
  }

  // Runs a customer callback; an exception in it must not break the widget.
  function safeCall(fn) {
    if (!isFunction(fn)) return undefined;
    try {
      return fn.apply(null, Array.prototype.slice.call(arguments, 1));
    } catch (error) {
      setTimeout(function () {
        throw error;
      });
      return undefined;
    }
  }

  function h(tag, attributes, children) {
    var node = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (name) {
        var value = attributes[name];
        if (value === undefined || value === null || value === false) return;
        if (name === "text") node.textContent = value;
        else if (name === "html") node.innerHTML = value; // only this file's own icons
        else if (name === "style") node.style.cssText = value;
        else node.setAttribute(name, value === true ? "" : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
  }

  function finiteNumber(value, fallback) {
    var number = Number(value);
    return isFinite(number) ? number : fallback;
  }

  function randomHex(bytes) {
    var values = new Uint8Array(bytes);
    (window.crypto || window.msCrypto).getRandomValues(values);
    return Array.prototype.map.call(values, function (value) {
      return ("0" + value.toString(16)).slice(-2);
    }).join("");
  }

  // A random id for this browser, kept in its storage: the custom policy's device limits count by
  // it. Without storage (private modes, blocked cookies) it lasts as long as the page.
  var DEVICE_KEY = "aliyunCaptcha-device";
  var deviceId = (function () {
    try {
      var stored = window.localStorage.getItem(DEVICE_KEY);
      if (stored && /^[0-9a-f]{32}$/.test(stored)) return stored;
      var created = randomHex(16);
      window.localStorage.setItem(DEVICE_KEY, created);
      return created;
    } catch (_) {
      return randomHex(16);
    }
  })();

  // What the graphics adapter is called (virtual machines and emulators name theirs), asked once.
  var rendererName;
  function graphicsRenderer() {
    if (rendererName !== undefined) return rendererName || undefined;
    rendererName = "";
    try {
      var gl = document.createElement("canvas").getContext("webgl");
      var info = gl && gl.getExtension("WEBGL_debug_renderer_info");
      if (info) rendererName = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL) || "").slice(0, 256);
    } catch (_) {}
    return rendererName || undefined;
  }

  function queryElement(selector, option) {
    if (typeof selector !== "string" || !selector.trim()) {
      return { error: option + ' must be a CSS selector string, e.g. "#captcha-' + option + '"' };
    }
    try {
      var element = document.querySelector(selector);
      return element ? { element: element } : { missing: true, error: option + ': no element matches "' + selector + '"' };
    } catch (_) {
      return { error: option + ': "' + selector + '" is not a valid CSS selector' };
    }
  }

  function installStyle() {
    if (document.getElementById(STYLE_ID)) return;
    var style = h("style", { id: STYLE_ID, text: CSS });
    (document.head || document.documentElement).appendChild(style);
  }

  // Pointer or slider positions over time, [[ms since the challenge was shown, x], ...], at most 50:
  // when full, every other sample is dropped and later ones are taken half as often.
  function createTrajectory(startedAt) {
    var samples = [];
    var stride = 1;
    var count = 0;
    return {
      add: function (x) {
        count += 1;
        if (count % stride !== 0) return;
        samples.push([Math.round(now() - startedAt), Math.round(x)]);
        if (samples.length >= MAX_TRAJECTORY) {
          samples = samples.filter(function (_, index) {
            return index % 2 === 0;
          });
          stride *= 2;
        }
      },
      finish: function (x) {
        var result = samples.slice();
        if (x !== undefined) {
          var last = result[result.length - 1];
          if (!last || last[1] !== Math.round(x)) result.push([Math.round(now() - startedAt), Math.round(x)]);
        }
        while (result.length > MAX_TRAJECTORY) result.splice(result.length - 2, 1);
        return result;
      },
    };
  }

  function readOptions(options) {
    var config = window.AliyunCaptchaConfig || {};
    var prefix = options.prefix || config.prefix;
    var region = options.region || config.region;
    if (!prefix || typeof prefix !== "string") {
      return { error: "window.AliyunCaptchaConfig.prefix (your identity prefix) is required; set it before loading AliyunCaptcha.js" };
    }
    if (!region || typeof region !== "string") {
      return { error: 'window.AliyunCaptchaConfig.region is required ("cn" or "sgp"); set it before loading AliyunCaptcha.js' };
    }
    if (typeof options.SceneId !== "string" || !options.SceneId.trim()) {
      return { error: "SceneId is required: the Scene ID of your scenario" };
    }
    if (options.mode !== "popup" && options.mode !== "embed") {
      return { error: 'mode must be "popup" or "embed" (got ' + JSON.stringify(options.mode === undefined ? null : options.mode) + ")" };
    }
    var language = options.language === undefined || options.language === null || options.language === "" ? "cn" : options.language;
    if (LANGUAGES.indexOf(language) < 0) {
      return { error: "language " + JSON.stringify(language) + " is not supported; use one of " + LANGUAGES.join(", ") };
    }
    if (options.captchaVerifyCallback !== undefined && !isFunction(options.captchaVerifyCallback)) {
      return { error: "captchaVerifyCallback must be a function" };
    }
    var slideStyle = options.slideStyle || {};
    var slide = {
      width: Math.max(MIN_SLIDE_WIDTH, Math.round(finiteNumber(parseFloat(slideStyle.width), DEFAULT_SLIDE.width))),
      height: clamp(Math.round(finiteNumber(parseFloat(slideStyle.height), DEFAULT_SLIDE.height)), 28, 80),
    };
    var overrides = (options.upLang && options.upLang[language]) || {};
    var base = TEXTS[language] || TEXTS.en;
    function text(key) {
      var custom = overrides[key];
      if (key === "FAIL" && custom === undefined) custom = overrides.CAPTCHA_FAIL !== undefined ? overrides.CAPTCHA_FAIL : overrides.SLIDE_FAIL;
      if (typeof custom === "string") return custom;
      return base[key] !== undefined ? base[key] : TEXTS.en[key];
    }
    return {
      prefix: prefix,
      sceneId: options.SceneId.trim(),
      mode: options.mode,
      language: language,
      text: text,
      slide: slide,
      v2: isFunction(options.captchaVerifyCallback),
      timeout: Math.max(1000, finiteNumber(options.timeout, 15000)),
      zIndex: Math.round(finiteNumber(options.zIndex, 2147483000)),
      disableMaskClick: options.disableMaskClick === true,
      rem: finiteNumber(options.rem, 1) > 0 ? finiteNumber(options.rem, 1) : 1,
      callbacks: options,
    };
  }

  function initAliyunCaptcha(options) {
    options = options || {};
    var report = function (code, message) {
      var error = { code: code, message: message };
      if (isFunction(options.onError)) safeCall(options.onError, error);
      else console.error("[AliyunCaptcha] " + code + ": " + message);
    };

    if (active) {
      report("AlreadyInitialized", "initAliyunCaptcha was already called on this page; call destroyCaptcha() on that instance before initializing again");
      return;
    }
    var settings = readOptions(options);
    if (settings.error) {
      report("InvalidParameter", settings.error);
      return;
    }

    var elementLookup = queryElement(options.element, "element");
    var buttonLookup = queryElement(options.button, "button");
    if ((elementLookup.missing || buttonLookup.missing) && document.readyState === "loading") {
      // Called before the elements were parsed: wait for the DOM instead of failing.
      var placeholder = { pending: true };
      active = placeholder;
      document.addEventListener("DOMContentLoaded", function () {
        if (active !== placeholder) return;
        active = null;
        initAliyunCaptcha(options);
      });
      return;
    }
    if (elementLookup.error) return report("InvalidParameter", elementLookup.error);
    if (buttonLookup.error) return report("InvalidParameter", buttonLookup.error);

    settings.element = elementLookup.element;
    settings.button = buttonLookup.element;
    active = createWidget(settings, report);
    safeCall(options.getInstance, active.instance);
  }
  initAliyunCaptcha.selfHosted = true;

  function createWidget(o, report) {
    var t = o.text;
    var cb = o.callbacks;
    var popup = o.mode === "popup";
    var st = {
      destroyed: false,
      generation: 0, // bumped by every reload and by destroy: late answers of older ones are ignored
      phase: "loading", // loading | ready | verifying | passed | failed | error | unusable
      challenge: null, // { certifyId, type, data, loadedAt }
      lastType: null,
      popupOpen: false,
      pendingShow: false,
      view: null,
      shownAt: 0,
      pointerMoves: 0,
      untrusted: false, // a scripted event touched this challenge
      trajectory: null,
      triggerMoves: 0,
      triggerTrajectory: null,
      returnFocus: null,
      timers: [],
      controllers: [],
    };

    installStyle();

    // ---- DOM -------------------------------------------------------------------------------
    var root = h("div", {
      id: "aliyunCaptcha-root",
      class: "aliyunCaptcha-root aliyunCaptcha-" + o.mode,
      lang: HTML_LANG[o.language] || o.language,
      dir: o.language === "ar" ? "rtl" : null,
    });
    if (o.rem !== 1) root.style.zoom = String(o.rem);
    var body = h("div", { class: "aliyunCaptcha-body" });
    var status = h("div", { class: "aliyunCaptcha-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    // Announcements while no widget is on screen (popup closed, e.g. Invisible CAPTCHA).
    var announcer = h("div", { class: "aliyunCaptcha-sr-only", "aria-live": "polite", "aria-atomic": "true" });
    var mask = null;
    var win;
    var closeButton = null;
    var refreshButton = null;

    if (popup) {
      mask = h("div", { id: "aliyunCaptcha-mask", hidden: true, style: "z-index:" + o.zIndex });
      closeButton = h("button", { type: "button", id: "aliyunCaptcha-btn-close", class: "aliyunCaptcha-icon-btn", "aria-label": t("CLOSE"), title: t("CLOSE"), html: ICONS.close });
      refreshButton = h("button", { type: "button", id: "aliyunCaptcha-btn-refresh", class: "aliyunCaptcha-icon-btn", "aria-label": t("REFRESH"), title: t("REFRESH"), html: ICONS.refresh });
      win = h(
        "div",
        {
          id: "aliyunCaptcha-window-popup",
          class: "aliyunCaptcha-window",
          role: "dialog",
          "aria-modal": "true",
          "aria-labelledby": "aliyunCaptcha-title",
          hidden: true,
          style: "z-index:" + (o.zIndex + 1),
        },
        [h("div", { class: "aliyunCaptcha-header" }, [h("h2", { id: "aliyunCaptcha-title", text: t("POPUP_TITLE") }), refreshButton, closeButton]), body, status]
      );
      root.appendChild(mask);
      root.appendChild(win);
      closeButton.addEventListener("click", function () {
        closePopup(true);
      });
      refreshButton.addEventListener("click", function () {
        if (st.phase === "verifying") return;
        reload({ focusInside: true });
      });
      mask.addEventListener("click", function () {
        if (!o.disableMaskClick) closePopup(true);
      });
    } else {
      win = h("div", { id: "aliyunCaptcha-window-embed", class: "aliyunCaptcha-window", style: "width:" + o.slide.width + "px" }, [body, status]);
      root.appendChild(win);
    }
    root.appendChild(announcer);
    o.element.appendChild(root);

    win.addEventListener("pointermove", function () {
      st.pointerMoves += 1;
    });
    // Events a script dispatched (element.click(), dispatchEvent) are not trusted; a person's are.
    ["pointerdown", "click", "keydown"].forEach(function (type) {
      win.addEventListener(
        type,
        function (event) {
          if (event.isTrusted === false) st.untrusted = true;
        },
        true
      );
    });

    // The trigger: opens the popup or starts the invisible check. In embed mode it gates nothing.
    function onTriggerClick(event) {
      if (st.destroyed) return;
      if (event.isTrusted === false) st.untrusted = true;
      if (!popup) {
        if (st.phase !== "passed" && st.phase !== "unusable") announce(t("FINISH_CAPTCHA"), "error");
        return;
      }
      event.preventDefault();
      open(event.detail === 0);
    }
    function onTriggerPointerMove(event) {
      st.triggerMoves += 1;
      if (st.triggerTrajectory) {
        var rect = o.button.getBoundingClientRect();
        st.triggerTrajectory.add(event.clientX - rect.left);
      }
    }
    o.button.addEventListener("click", onTriggerClick);
    o.button.addEventListener("pointermove", onTriggerPointerMove);

    // ---- Helpers ---------------------------------------------------------------------------
    function later(fn, ms) {
      var id = setTimeout(function () {
        st.timers = st.timers.filter(function (other) {
          return other !== id;
        });
        if (!st.destroyed) fn();
      }, ms);
      st.timers.push(id);
      return id;
    }

    function cancelPending() {
      st.timers.forEach(clearTimeout);
      st.timers = [];
      st.controllers.forEach(function (controller) {
        controller.abort();
      });
      st.controllers = [];
    }

    function announce(message, tone) {
      var onScreen = !popup || st.popupOpen;
      var target = onScreen ? status : announcer;
      (onScreen ? announcer : status).textContent = "";
      target.textContent = message || "";
      if (onScreen) {
        if (tone) status.setAttribute("data-tone", tone);
        else status.removeAttribute("data-tone");
      }
    }

    function post(path, payload) {
      var controller = typeof AbortController === "function" ? new AbortController() : null;
      if (controller) st.controllers.push(controller);
      var timedOut = false;
      var timer = setTimeout(function () {
        timedOut = true;
        if (controller) controller.abort();
      }, o.timeout);
      function done() {
        clearTimeout(timer);
        st.controllers = st.controllers.filter(function (other) {
          return other !== controller;
        });
      }
      return fetch(API_ORIGIN + path, {
        method: "POST",
        mode: "cors",
        credentials: "omit",
        cache: "no-store",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
        signal: controller ? controller.signal : undefined,
      }).then(
        function (response) {
          return response.json().then(
            function (data) {
              done();
              if (!response.ok || !data || data.Success === false) {
                throw { code: (data && data.Code) || "HttpError", message: (data && data.Message) || "HTTP " + response.status };
              }
              return data;
            },
            function () {
              done();
              throw { code: "HttpError", message: "HTTP " + response.status + " from " + path + " (not JSON)" };
            }
          );
        },
        function (error) {
          done();
          if (timedOut) throw { code: "Timeout", message: "No answer from " + API_ORIGIN + path + " within " + o.timeout + " ms" };
          throw { code: "NetworkError", message: "Could not reach " + API_ORIGIN + path + (error && error.message ? " (" + error.message + ")" : "") };
        }
      );
    }

    function focusIsInside() {
      return !!document.activeElement && win.contains(document.activeElement);
    }

    // ---- Loading (initialization) ----------------------------------------------------------
    function reload(how) {
      var focusInside = (how && how.focusInside) || focusIsInside();
      cancelPending();
      st.generation += 1;
      var generation = st.generation;
      st.phase = "loading";
      st.challenge = null;
      if (!popup || st.popupOpen) renderPlaceholder(t("LOADING"), false, focusInside);
      return post("/api/captcha/init", {
        prefix: o.prefix,
        sceneId: o.sceneId,
        mode: o.mode,
        pageUrl: location.href,
        language: o.language,
        deviceId: deviceId,
      }).then(
        function (response) {
          if (generation !== st.generation) return;
          var type = response.CaptchaType;
          if (CAPTCHA_TYPES.indexOf(type) < 0 || !response.CertifyId) {
            failLoading({ code: "UnsupportedCaptchaType", message: "Unexpected initialization answer (CaptchaType " + JSON.stringify(type) + ")" }, focusInside);
            return;
          }
          if (type === "INVISIBLE" && !popup) {
            st.phase = "unusable";
            body.textContent = "";
            announce("");
            report("InvalidParameter", "Invisible CAPTCHA supports popup mode only");
            return;
          }
          st.lastType = type;
          st.challenge = { certifyId: response.CertifyId, type: type, data: response.Challenge || {}, loadedAt: now() };
          st.phase = "ready";
          if (type === "INVISIBLE") {
            st.shownAt = now();
            st.triggerMoves = 0;
            st.untrusted = false;
            st.triggerTrajectory = createTrajectory(st.shownAt);
            if (st.popupOpen) closePopup(false);
          } else if (!popup || st.popupOpen) {
            renderChallenge(focusInside);
          }
          if (st.pendingShow) {
            var viaKeyboard = st.pendingShow === "keyboard";
            st.pendingShow = false;
            open(viaKeyboard);
          }
        },
        function (error) {
          if (generation !== st.generation) return;
          failLoading(error, focusInside);
        }
      );
    }

    function failLoading(error, focusInside) {
      st.phase = "error";
      st.pendingShow = false;
      if (!popup || st.popupOpen) renderPlaceholder(t("LOAD_FAIL"), true, focusInside);
      report(error.code, error.message);
    }

    // ---- Showing -----------------------------------------------------------------------------
    function open(viaKeyboard) {
      if (st.destroyed || st.phase === "unusable") return;
      if (!popup) {
        root.hidden = false;
        return;
      }
      var stale = st.challenge && now() - st.challenge.loadedAt > MAX_CHALLENGE_AGE_MS;
      if (st.phase === "loading" || st.phase === "error" || st.phase === "passed" || (stale && st.phase === "ready")) {
        st.pendingShow = viaKeyboard ? "keyboard" : true;
        if (st.lastType !== "INVISIBLE") openPopup();
        if (st.phase !== "loading") reload();
        return;
      }
      if (st.challenge && st.challenge.type === "INVISIBLE") {
        if (st.phase === "ready") verifyInvisible(viaKeyboard);
        return;
      }
      openPopup();
    }

    function openPopup() {
      if (st.popupOpen) return;
      st.popupOpen = true;
      var focused = document.activeElement;
      st.returnFocus = focused && focused !== document.body ? focused : o.button;
      mask.hidden = false;
      win.hidden = false;
      document.addEventListener("keydown", onDocumentKeydown, true);
      if (st.challenge && st.challenge.type !== "INVISIBLE" && st.phase === "ready") renderChallenge(true);
      else if (st.phase === "error") renderPlaceholder(t("LOAD_FAIL"), true, true);
      else renderPlaceholder(t("LOADING"), false, true);
    }

    function closePopup(byUser) {
      if (!popup || !st.popupOpen) return;
      var hadFocus = focusIsInside() || document.activeElement === document.body;
      st.popupOpen = false;
      st.pendingShow = false;
      mask.hidden = true;
      win.hidden = true;
      status.textContent = "";
      document.removeEventListener("keydown", onDocumentKeydown, true);
      if (hadFocus && st.returnFocus && document.contains(st.returnFocus)) {
        try {
          st.returnFocus.focus({ preventScroll: true });
        } catch (_) {}
      }
      if (byUser) safeCall(cb.onClose);
    }

    function onDocumentKeydown(event) {
      if (!st.popupOpen) return;
      if (event.key === "Escape" || event.key === "Esc") {
        event.preventDefault();
        event.stopPropagation();
        closePopup(true);
        return;
      }
      if (event.key === "Tab") {
        // Keep focus inside the dialog.
        var focusables = Array.prototype.filter.call(win.querySelectorAll('button, [tabindex="0"]'), function (node) {
          return !node.closest("[hidden]") && node.offsetParent !== null;
        });
        if (!focusables.length) return;
        var first = focusables[0];
        var last = focusables[focusables.length - 1];
        var current = document.activeElement;
        if (!win.contains(current)) {
          event.preventDefault();
          first.focus();
        } else if (event.shiftKey && current === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && current === last) {
          event.preventDefault();
          first.focus();
        }
      }
    }

    // ---- Rendering ---------------------------------------------------------------------------
    function setWindowWidth(contentWidth) {
      if (popup) {
        win.style.width = contentWidth + 32 + "px";
      } else {
        win.style.width = contentWidth + "px";
      }
    }

    function renderPlaceholder(message, withRetry, takeFocus) {
      if (st.view && st.view.destroy) st.view.destroy();
      st.view = null;
      setWindowWidth(o.slide.width);
      var retry = null;
      var box = h("div", { class: "aliyunCaptcha-placeholder", style: "height:" + o.slide.height + "px" }, [
        withRetry ? null : h("span", { html: ICONS.spinner }),
        h("span", { text: message }),
      ]);
      if (withRetry) {
        retry = h("button", { type: "button", class: "aliyunCaptcha-text-btn", text: t("RETRY") });
        retry.addEventListener("click", function () {
          reload({ focusInside: true });
        });
        box.appendChild(retry);
      }
      body.textContent = "";
      body.appendChild(box);
      announce(withRetry ? message : "", withRetry ? "error" : null);
      if (refreshButton) refreshButton.hidden = true;
      if (takeFocus) focusLater(retry || closeButton);
    }

    function focusLater(node) {
      if (!node) return;
      // After the current event, so the dialog is displayed and the node can take focus.
      requestAnimationFrame(function () {
        if (!st.destroyed && document.contains(node)) {
          try {
            node.focus({ preventScroll: true });
          } catch (_) {}
        }
      });
    }

    function renderChallenge(takeFocus) {
      var challenge = st.challenge;
      if (st.view && st.view.destroy) st.view.destroy();
      st.shownAt = now();
      st.pointerMoves = 0;
      st.untrusted = false;
      st.trajectory = createTrajectory(st.shownAt);
      var view;
      if (challenge.type === "ONE_CLICK") view = oneClickView();
      else if (challenge.type === "SLIDER") view = sliderView(challenge.data);
      else view = imageView(challenge.type, challenge.data);
      st.view = view;
      body.textContent = "";
      body.appendChild(view.node);
      announce("");
      if (refreshButton) refreshButton.hidden = false;
      if (takeFocus) focusLater(view.focusTarget);
    }

    // A slider handle on a track: keyboard and pointer, reports values in the challenge's units.
    function createSlider(spec) {
      // spec: { max, initial, label, tip, height, onMove(value) }
      var max = Math.max(1, Math.round(spec.max));
      var value = clamp(Math.round(spec.initial || 0), 0, max);
      var initialValue = value;
      var state = null;
      var handleSize = spec.height;
      var disabled = false;
      var hintId = "aliyunCaptcha-slider-hint";
      var fill = h("div", { class: "aliyunCaptcha-sliding-fill" });
      var tip = spec.tip
        ? h("div", { class: "aliyunCaptcha-sliding-text", "aria-hidden": "true", text: spec.tip, style: "left:" + (handleSize + 6) + "px;right:8px" })
        : null;
      var handle = h("div", {
        id: "aliyunCaptcha-sliding-slider",
        role: "slider",
        tabindex: "0",
        "aria-label": spec.label,
        "aria-valuemin": "0",
        "aria-valuemax": String(max),
        "aria-valuenow": String(value),
        "aria-orientation": "horizontal",
        "aria-describedby": hintId,
        style: "width:" + handleSize + "px",
        html: spec.icon || ICONS.arrow,
      });
      var hint = h("span", { id: hintId, class: "aliyunCaptcha-sr-only", text: t("KEYBOARD_HINT") });
      var track = h("div", { id: "aliyunCaptcha-sliding-body", style: "height:" + spec.height + "px" }, [fill, tip, handle, hint]);
      var drag = null;

      function paint() {
        var fraction = value / max;
        handle.style.left = "calc((100% - " + handleSize + "px) * " + fraction + ")";
        fill.style.width = "calc((100% - " + handleSize + "px) * " + fraction + " + " + handleSize / 2 + "px)";
        handle.setAttribute("aria-valuenow", String(value));
        if (tip) tip.style.visibility = state || (spec.hideTipWhenMoved && value !== initialValue) ? "hidden" : "";
      }
      function set(next) {
        next = clamp(Math.round(next), 0, max);
        if (next === value) return;
        value = next;
        paint();
        st.trajectory.add(value);
        if (spec.onMove) spec.onMove(value);
      }
      function submit(viaKeyboard) {
        if (disabled) return;
        spec.onSubmit(value, viaKeyboard);
      }

      handle.addEventListener("keydown", function (event) {
        if (disabled) return;
        var step = event.shiftKey ? 20 : 5;
        var next;
        switch (event.key) {
          case "ArrowLeft":
          case "ArrowDown":
          case "Left":
          case "Down":
            next = value - step;
            break;
          case "ArrowRight":
          case "ArrowUp":
          case "Right":
          case "Up":
            next = value + step;
            break;
          case "PageDown":
            next = value - 20;
            break;
          case "PageUp":
            next = value + 20;
            break;
          case "Home":
            next = 0;
            break;
          case "End":
            next = max;
            break;
          case "Enter":
            event.preventDefault();
            submit(true);
            return;
          default:
            return;
        }
        event.preventDefault();
        set(next);
      });

      handle.addEventListener("pointerdown", function (event) {
        // Not prevented: the press focuses the handle the native way (no keyboard focus ring);
        // touch-action and user-select keep the page from scrolling or selecting meanwhile.
        if (disabled || drag || (event.pointerType === "mouse" && event.button !== 0)) return;
        var trackRect = track.getBoundingClientRect();
        // Scale-independent (CSS zoom, transforms): the share of the track the handle can travel.
        var travel = track.offsetWidth ? (trackRect.width * (track.clientWidth - handle.offsetWidth)) / track.offsetWidth : 0;
        if (travel <= 0) return;
        drag = { id: event.pointerId, startX: event.clientX, startValue: value, unitsPerPx: max / travel, moved: false };
        try {
          handle.setPointerCapture(event.pointerId);
        } catch (_) {}
        handle.classList.add("aliyunCaptcha-dragging");
      });
      handle.addEventListener("pointermove", function (event) {
        if (!drag || event.pointerId !== drag.id || disabled) return;
        var before = value;
        set(drag.startValue + (event.clientX - drag.startX) * drag.unitsPerPx);
        if (value !== before) drag.moved = true;
      });
      function endDrag(event, cancelled) {
        if (!drag || event.pointerId !== drag.id) return;
        var moved = drag.moved;
        drag = null;
        handle.classList.remove("aliyunCaptcha-dragging");
        if (!cancelled && moved) submit(false);
      }
      handle.addEventListener("pointerup", function (event) {
        endDrag(event, false);
      });
      handle.addEventListener("pointercancel", function (event) {
        endDrag(event, true);
      });
      handle.addEventListener("lostpointercapture", function (event) {
        endDrag(event, false);
      });
      // No native drag of the handle's SVG or text selection while sliding.
      track.addEventListener("dragstart", function (event) {
        event.preventDefault();
      });

      paint();
      return {
        node: track,
        handle: handle,
        value: function () {
          return value;
        },
        setState: function (next) {
          state = next || null;
          paint();
          disabled = state === "verifying" || state === "pass" || state === "fail";
          if (state) track.setAttribute("data-state", state);
          else track.removeAttribute("data-state");
          handle.setAttribute("aria-disabled", disabled ? "true" : "false");
          handle.innerHTML = state === "verifying" ? ICONS.spinner : state === "pass" ? ICONS.check : state === "fail" ? ICONS.cross : spec.icon || ICONS.arrow;
          if (state === "pass") handle.setAttribute("aria-valuetext", t("CAPTCHA_COMPLETED"));
          else handle.removeAttribute("aria-valuetext");
        },
      };
    }

    function sliderView(data) {
      var trackWidth = Math.max(1, finiteNumber(data.trackWidth, o.slide.width));
      setWindowWidth(o.slide.width);
      var slider = createSlider({
        max: trackWidth,
        initial: 0,
        label: t("SLIDER_LABEL"),
        tip: t("SLIDE_TIP"),
        height: o.slide.height,
        hideTipWhenMoved: false,
        onSubmit: function (value, viaKeyboard) {
          submitAnswer({ x: value }, viaKeyboard, value);
        },
      });
      return {
        node: slider.node,
        focusTarget: slider.handle,
        setState: slider.setState,
      };
    }

    function imageView(type, data) {
      var width = Math.max(1, finiteNumber(data.width, 300));
      var height = Math.max(1, finiteNumber(data.height, 200));
      var pieceSize = clamp(finiteNumber(data.pieceSize, 50), 1, width);
      var pieceY = finiteNumber(data.pieceY, 0);
      var restoration = type === "IMAGE_RESTORATION";
      var max = width - pieceSize;
      setWindowWidth(width);

      var image = h("img", { id: "aliyunCaptcha-img", src: data.image, alt: "", draggable: "false" });
      var piece = h("img", {
        id: "aliyunCaptcha-puzzle",
        src: data.piece,
        alt: "",
        draggable: "false",
        style: "top:" + (pieceY / height) * 100 + "%;width:" + (pieceSize / width) * 100 + "%;height:" + (pieceSize / height) * 100 + "%",
      });
      var box = h("div", { id: "aliyunCaptcha-img-box", class: "aliyunCaptcha-img-box", style: "padding-top:" + (height / width) * 100 + "%" }, [image, piece]);
      if (!popup) {
        var embedRefresh = h("button", { type: "button", class: "aliyunCaptcha-icon-btn", "aria-label": t("REFRESH"), title: t("REFRESH"), html: ICONS.refresh });
        embedRefresh.addEventListener("click", function () {
          if (st.phase !== "verifying") reload({ focusInside: true });
        });
        box.appendChild(embedRefresh);
      }
      function placePiece(value) {
        piece.style.left = (value / width) * 100 + "%";
      }
      // Image restoration: the displaced part starts where the server put it (pieceStartX), and so
      // does the handle (piece left = slider value); its tip goes above the picture, since the
      // handle may start mid-track, on top of an in-track text.
      var initial = restoration ? clamp(finiteNumber(data.pieceStartX, 0), 0, max) : 0;
      var slider = createSlider({
        max: max,
        initial: initial,
        label: t(restoration ? "INPAINTING_LABEL" : "PUZZLE_LABEL"),
        tip: restoration ? null : t("PUZZLE_TIP"),
        icon: restoration ? ICONS.arrows : null,
        height: PUZZLE_TRACK_HEIGHT,
        hideTipWhenMoved: true,
        onMove: placePiece,
        onSubmit: function (value, viaKeyboard) {
          submitAnswer({ x: value }, viaKeyboard, value);
        },
      });
      placePiece(slider.value());
      return {
        node: h("div", { class: "aliyunCaptcha-image-challenge" }, [
          restoration ? h("p", { class: "aliyunCaptcha-tip", text: t("INPAINTING_TIP") }) : null,
          box,
          slider.node,
        ]),
        focusTarget: slider.handle,
        setState: slider.setState,
      };
    }

    function oneClickView() {
      setWindowWidth(o.slide.width);
      var icon = h("span", { class: "aliyunCaptcha-checkbox-icon" });
      var label = h("span", { class: "aliyunCaptcha-checkbox-text", text: t("START_VERIFY") });
      var button = h("button", { type: "button", id: "aliyunCaptcha-checkbox", title: t("CHECK_BOX_TIP") }, [icon, label]);
      var disabled = false;
      button.addEventListener("click", function (event) {
        if (disabled) return;
        // detail is 0 for Enter/Space (and synthetic clicks), the click count for a pointer.
        submitAnswer({}, event.detail === 0, undefined);
      });
      return {
        node: h("div", { class: "aliyunCaptcha-checkbox-box", style: "height:" + o.slide.height + "px" }, [button]),
        focusTarget: button,
        setState: function (state) {
          disabled = state === "verifying" || state === "pass" || state === "fail";
          if (state) button.setAttribute("data-state", state);
          else button.removeAttribute("data-state");
          button.setAttribute("aria-disabled", disabled ? "true" : "false");
          icon.innerHTML = state === "verifying" ? ICONS.spinner : state === "pass" ? ICONS.check : state === "fail" ? ICONS.cross : "";
          label.textContent = state === "pass" ? t("CAPTCHA_COMPLETED") : t("START_VERIFY");
        },
      };
    }

    // ---- Verification ------------------------------------------------------------------------
    function collectSignals(viaKeyboard, finalX, trigger) {
      return {
        elapsedMs: Math.max(0, Math.round(now() - st.shownAt)),
        pointerMoves: trigger ? st.triggerMoves : st.pointerMoves,
        keyboard: !!viaKeyboard,
        webdriver: !!navigator.webdriver,
        trajectory: trigger ? (st.triggerTrajectory ? st.triggerTrajectory.finish() : []) : st.trajectory.finish(finalX),
        untrusted: st.untrusted,
        platform: String(navigator.platform || "").slice(0, 64),
        renderer: graphicsRenderer(),
      };
    }

    function submitAnswer(answer, viaKeyboard, finalX) {
      if (st.phase !== "ready" || !st.challenge) return;
      if (st.view) st.view.setState("verifying");
      verify(answer, collectSignals(viaKeyboard, finalX, false));
    }

    function verifyInvisible(viaKeyboard) {
      verify({}, collectSignals(viaKeyboard, undefined, true));
    }

    function verify(answer, signals) {
      var generation = st.generation;
      var certifyId = st.challenge.certifyId;
      st.phase = "verifying";
      announce(t("VERIFYING"));
      post("/api/captcha/verify", { certifyId: certifyId, answer: answer, signals: signals, v2: o.v2 }).then(
        function (response) {
          if (generation !== st.generation) return;
          handleResult(response, generation);
        },
        function (error) {
          if (generation !== st.generation) return;
          report(error.code, error.message);
          showFailure(error.code === "NetworkError" || error.code === "Timeout" ? t("CONGESTION") : t("FAIL"));
        }
      );
    }

    function handleResult(response, generation) {
      var result = response.Result || {};
      var token = response.CaptchaVerifyParam;
      var next = response.Next;

      if (result.VerifyResult !== true && next && CAPTCHA_TYPES.indexOf(next.CaptchaType) >= 0 && next.CaptchaType !== "INVISIBLE") {
        // The invisible check did not pass: the scenario's additional challenge, same certifyId.
        st.challenge = { certifyId: st.challenge.certifyId, type: next.CaptchaType, data: next.Challenge || {}, loadedAt: st.challenge.loadedAt };
        st.phase = "ready";
        announce("");
        if (popup && !st.popupOpen) openPopup();
        else renderChallenge(true);
        return;
      }

      if (o.v2 && token) {
        Promise.resolve()
          .then(function () {
            return cb.captchaVerifyCallback(token);
          })
          .then(
            function (outcome) {
              return outcome || {};
            },
            function (error) {
              console.error("[AliyunCaptcha] captchaVerifyCallback failed", error);
              return { captchaResult: false };
            }
          )
          .then(function (outcome) {
            if (generation !== st.generation) return;
            if (outcome.captchaResult === true) {
              showSuccess();
              safeCall(cb.onBizResultCallback, outcome.bizResult);
            } else {
              showFailure(t("FAIL"));
            }
          });
        return;
      }

      if (!o.v2 && result.VerifyResult === true && token) {
        showSuccess();
        safeCall(cb.success, token);
        return;
      }

      safeCall(cb.fail, { VerifyResult: false, VerifyCode: result.VerifyCode, CertifyId: result.CertifyId || st.challenge.certifyId });
      showFailure(t("FAIL"));
    }

    function showSuccess() {
      st.phase = "passed";
      if (st.view) st.view.setState("pass");
      announce(t("SUCCESS"), "success");
      if (popup && st.popupOpen) {
        // Not cancelled by refresh(): a success handler that refreshes gets a closed popup and a
        // new challenge behind the button, whenever it calls.
        var generation = st.generation;
        setTimeout(function () {
          if (!st.destroyed && (st.generation === generation || st.phase === "loading")) closePopup(false);
        }, SUCCESS_DISPLAY_MS);
      }
    }

    // Shows why, then starts over with a new initialization so the person can try again.
    function showFailure(message) {
      st.phase = "failed";
      if (st.view && (!popup || st.popupOpen)) st.view.setState("fail");
      announce(message, "error");
      later(function () {
        if (st.phase === "failed") reload();
      }, FAIL_DISPLAY_MS);
    }

    // ---- Public instance -------------------------------------------------------------------
    var instance = {
      show: function () {
        if (st.destroyed) return;
        if (st.phase === "verifying" && st.challenge && st.challenge.type === "INVISIBLE") return;
        open(false);
      },
      hide: function () {
        if (st.destroyed) return;
        if (st.phase === "verifying" && st.challenge && st.challenge.type === "INVISIBLE") return;
        if (popup) closePopup(false);
        else root.hidden = true;
      },
      refresh: function () {
        if (st.destroyed || st.phase === "unusable") return;
        if (st.phase === "verifying" && st.challenge && st.challenge.type === "INVISIBLE") return;
        reload();
      },
      destroyCaptcha: function () {
        if (st.destroyed) return;
        closePopup(false);
        st.destroyed = true;
        st.generation += 1;
        cancelPending();
        o.button.removeEventListener("click", onTriggerClick);
        o.button.removeEventListener("pointermove", onTriggerPointerMove);
        document.removeEventListener("keydown", onDocumentKeydown, true);
        if (root.parentNode) root.parentNode.removeChild(root);
        var style = document.getElementById(STYLE_ID);
        if (style && style.parentNode) style.parentNode.removeChild(style);
        if (active && active.instance === instance) active = null;
      },
      // Captcha 2.0 name for starting the invisible check from code; same as show().
      startTracelessVerification: function () {
        instance.show();
      },
    };

    reload();
    return { instance: instance };
  }

  window.initAliyunCaptcha = initAliyunCaptcha;
})();
