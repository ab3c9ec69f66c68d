/**
 * Built-in texts for the 17 `language` codes Captcha 2.0 accepts (one file per language) and the
 * page's `upLang` overrides. The bundle is written in ASCII (esbuild escapes these), whatever
 * charset a page declares.
 */
import { ar } from "./ar";
import { cn } from "./cn";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { in_ } from "./in";
import { it } from "./it";
import { ja } from "./ja";
import type { TextKey, Texts } from "./keys";
import { ko } from "./ko";
import { ms } from "./ms";
import { pt } from "./pt";
import { ru } from "./ru";
import { th } from "./th";
import { tr } from "./tr";
import { tw } from "./tw";
import { vi } from "./vi";

export type { TextKey, Texts } from "./keys";
export { UPLANG_KEYS, WIDGET_KEYS } from "./keys";

/** Captcha 2.0's codes in its documentation's order, with the language each stands for. */
export const LANGUAGE_NAMES = {
  cn: "Chinese (Simplified)",
  tw: "Chinese (Traditional)",
  en: "English",
  ar: "Arabic",
  de: "German",
  es: "Spanish",
  fr: "French",
  in: "Indonesian",
  it: "Italian",
  ja: "Japanese",
  ko: "Korean",
  pt: "Portuguese",
  ru: "Russian",
  ms: "Malay",
  th: "Thai",
  tr: "Turkish",
  vi: "Vietnamese",
} as const;
export type Language = keyof typeof LANGUAGE_NAMES;

export const TEXTS: Record<Language, Texts> = { cn, tw, en, ar, de, es, fr, in: in_, it, ja, ko, pt, ru, ms, th, tr, vi };

/** What Captcha 2.0 speaks without a `language` option, or with one it does not know. */
export const FALLBACK_LANGUAGE: Language = "cn";

/** The lang attribute for the widget's root, where Alibaba's code is not a BCP 47 tag. */
export const HTML_LANG: Record<string, string> = { cn: "zh-CN", tw: "zh-TW", in: "id" };

/** Languages written right to left: the widget's root gets dir="rtl". */
export const RTL_LANGUAGES: readonly string[] = ["ar"];

// Own keys only ("toString" is no language); Object.hasOwn is newer than the bundle's ES2019.
export const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && Object.keys(LANGUAGE_NAMES).indexOf(value) >= 0;

export type TextFn = (key: TextKey) => string;

/** The texts for `language` (Chinese for a code it does not know) with the page's upLang overrides ({ [language]: { KEY: text } }). */
export function createTexts(language: string, upLang: unknown): TextFn {
  const all = upLang && typeof upLang === "object" ? (upLang as Record<string, unknown>)[language] : undefined;
  const overrides = (all && typeof all === "object" ? all : {}) as Record<string, unknown>;
  const base = TEXTS[isLanguage(language) ? language : FALLBACK_LANGUAGE];
  return (key) => {
    const custom = Object.keys(overrides).indexOf(key) >= 0 ? overrides[key] : undefined;
    return typeof custom === "string" ? custom : base[key];
  };
}
