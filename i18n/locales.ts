/**
 * The languages the console speaks. A person's choice is remembered on their account (and in a
 * cookie, for the pages before sign-in); a first visit follows the browser's Accept-Language.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

/** The cookie that carries the choice in this browser (read on every page, also before sign-in). */
export const LANGUAGE_COOKIE = "console-language";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"): the first
 * by weight whose language we speak. Any Chinese (zh, zh-TW, zh-Hans…) gets Simplified Chinese,
 * the one Chinese we have; anything else we do not speak falls through to English.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LOCALE;
}

/**
 * The console's language for one request, by the one rule every page, API call and email follows:
 * the person's saved choice, else this browser's cookie, else what the browser asks for.
 */
export function chooseLocale(request: { saved?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(request.saved)) return request.saved;
  if (isLocale(request.cookie)) return request.cookie;
  return localeFromAcceptLanguage(request.acceptLanguage);
}
