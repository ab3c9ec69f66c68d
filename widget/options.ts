/**
 * The customer's options (Alibaba Cloud Captcha 2.0's initAliyunCaptcha) checked and normalised.
 * Pure: the page's elements are looked up by the entry (index.ts), which needs the DOM.
 */
import { createTexts, FALLBACK_LANGUAGE, isLanguage, LANGUAGE_NAMES, type TextFn } from "./texts";

export const LANGUAGES = Object.keys(LANGUAGE_NAMES);
/** Without a `language` option the widget speaks Chinese, as Alibaba's script does (pages written for it keep working unchanged). */
export const DEFAULT_LANGUAGE = FALLBACK_LANGUAGE;
export const MIN_SLIDE_WIDTH = 320;
export const DEFAULT_SLIDE = { width: 360, height: 40 };
export const DEFAULT_TIMEOUT_MS = 15000;
export const DEFAULT_Z_INDEX = 2147483000;

export type Mode = "popup" | "embed";

/** What a page passes to initAliyunCaptcha (anything may be missing or of the wrong type). */
export interface CaptchaOptions {
  SceneId?: unknown;
  mode?: unknown;
  element?: unknown;
  button?: unknown;
  prefix?: unknown;
  region?: unknown;
  language?: unknown;
  upLang?: unknown;
  slideStyle?: unknown;
  timeout?: unknown;
  zIndex?: unknown;
  rem?: unknown;
  disableMaskClick?: unknown;
  success?: unknown;
  fail?: unknown;
  getInstance?: unknown;
  onError?: unknown;
  onClose?: unknown;
  captchaVerifyCallback?: unknown;
  onBizResultCallback?: unknown;
}

/** window.AliyunCaptchaConfig, set by the page before it loads the script. */
export interface GlobalConfig {
  region?: unknown;
  prefix?: unknown;
}

export interface Settings {
  prefix: string;
  sceneId: string;
  mode: Mode;
  language: string;
  text: TextFn;
  slide: { width: number; height: number };
  /** V2 integration: captchaVerifyCallback decides, with the business server. */
  v2: boolean;
  timeout: number;
  zIndex: number;
  disableMaskClick: boolean;
  rem: number;
  /** The page's options object: callbacks are looked up when called, as Alibaba's script does. */
  callbacks: CaptchaOptions;
}

const isFunction = (value: unknown) => typeof value === "function";
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
function finiteNumber(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) ? number : fallback;
}

/**
 * The settings, or what stops the widget. `warning`: a mistake the widget works around as
 * Alibaba's does (an unknown language: a console error, then Chinese).
 */
export function readOptions(
  options: CaptchaOptions,
  config: GlobalConfig = {},
): { settings: Settings; warning?: string } | { error: string } {
  const prefix = options.prefix || config.prefix;
  const region = options.region || config.region;
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
    return { error: `mode must be "popup" or "embed" (got ${JSON.stringify(options.mode === undefined ? null : options.mode)})` };
  }
  const given =
    options.language === undefined || options.language === null || options.language === "" ? DEFAULT_LANGUAGE : options.language;
  const language = isLanguage(given) ? given : DEFAULT_LANGUAGE;
  const warning =
    language === given
      ? undefined
      : `language ${JSON.stringify(given)} is not supported, so the widget speaks Chinese ("${DEFAULT_LANGUAGE}"); use one of ${LANGUAGES.join(", ")}`;
  if (options.captchaVerifyCallback !== undefined && !isFunction(options.captchaVerifyCallback)) {
    return { error: "captchaVerifyCallback must be a function" };
  }
  const slideStyle = (options.slideStyle && typeof options.slideStyle === "object" ? options.slideStyle : {}) as {
    width?: unknown;
    height?: unknown;
  };
  const rem = finiteNumber(options.rem, 1);
  return {
    ...(warning ? { warning } : {}),
    settings: {
      prefix,
      sceneId: options.SceneId.trim(),
      mode: options.mode,
      language,
      text: createTexts(language, options.upLang),
      slide: {
        width: Math.max(MIN_SLIDE_WIDTH, Math.round(finiteNumber(parseFloat(String(slideStyle.width)), DEFAULT_SLIDE.width))),
        height: clamp(Math.round(finiteNumber(parseFloat(String(slideStyle.height)), DEFAULT_SLIDE.height)), 28, 80),
      },
      v2: isFunction(options.captchaVerifyCallback),
      timeout: Math.max(1000, finiteNumber(options.timeout, DEFAULT_TIMEOUT_MS)),
      zIndex: Math.round(finiteNumber(options.zIndex, DEFAULT_Z_INDEX)),
      disableMaskClick: options.disableMaskClick === true,
      rem: rem > 0 ? rem : 1,
      callbacks: options,
    },
  };
}
