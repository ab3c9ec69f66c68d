import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "./locales";

describe("the first visit's language, from Accept-Language", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["en;q=0.5,zh;q=0.8", "zh-CN"],
    ["fr-FR,fr;q=0.9,zh;q=0.2", "zh-CN"],
    ["de-DE", "en"],
    ["zh;q=0, en", "en"],
    ["", "en"],
    [null, "en"],
    ["garbage;;;q=abc", "en"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe("a request's language", () => {
  it("is the saved choice first, then the cookie, then Accept-Language", () => {
    expect(chooseLocale({ saved: "zh-CN", cookie: "en", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ saved: null, cookie: "zh-CN", acceptLanguage: "en" })).toBe("zh-CN");
    expect(chooseLocale({ saved: "fr", cookie: "de", acceptLanguage: "zh-TW" })).toBe("zh-CN");
    expect(chooseLocale({})).toBe("en");
  });
});
