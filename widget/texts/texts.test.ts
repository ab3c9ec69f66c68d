import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../options";
import { createTexts, HTML_LANG, LANGUAGE_NAMES, RTL_LANGUAGES, TEXTS, UPLANG_KEYS, WIDGET_KEYS } from ".";

const ALL_KEYS = [...UPLANG_KEYS, ...WIDGET_KEYS].sort();
const ALIBABA_CODES = ["cn", "tw", "en", "ar", "de", "es", "fr", "in", "it", "ja", "ko", "pt", "ru", "ms", "th", "tr", "vi"];

describe("built-in texts", () => {
  it("covers Captcha 2.0's 17 language codes, each with a name", () => {
    expect(LANGUAGES).toEqual(ALIBABA_CODES);
    expect(Object.keys(TEXTS).sort()).toEqual([...ALIBABA_CODES].sort());
    for (const code of ALIBABA_CODES) expect(LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES]).toMatch(/\S/);
  });

  it("has Captcha 2.0's 13 upLang keys", () => {
    expect(UPLANG_KEYS).toHaveLength(13);
  });

  it.each(ALIBABA_CODES)("%s has every key, none empty", (code) => {
    const texts = TEXTS[code as keyof typeof TEXTS];
    expect(Object.keys(texts).sort()).toEqual(ALL_KEYS);
    for (const key of ALL_KEYS) expect(texts[key as keyof typeof texts].trim(), key).not.toBe("");
  });

  it("translates: no language but English shares English's texts for the upLang keys", () => {
    for (const code of ALIBABA_CODES.filter((c) => c !== "en")) {
      const texts = TEXTS[code as keyof typeof TEXTS];
      const same = UPLANG_KEYS.filter((key) => texts[key] === TEXTS.en[key]);
      expect(same, code).toEqual([]);
    }
  });

  it("writes Arabic right to left, and gives BCP 47 tags where Alibaba's code is not one", () => {
    expect(RTL_LANGUAGES).toEqual(["ar"]);
    expect(HTML_LANG).toEqual({ cn: "zh-CN", tw: "zh-TW", in: "id" });
  });
});

describe("createTexts", () => {
  it("speaks the language asked for", () => {
    expect(createTexts("ja", undefined)("POPUP_TITLE")).toBe("セキュリティ認証");
    expect(createTexts("ar", undefined)("START_VERIFY")).toBe("انقر لبدء التحقق");
    expect(createTexts("tw", undefined)("REFRESH")).toBe("換一個");
  });

  it("falls back to Chinese for a code it does not know, as Captcha 2.0 does", () => {
    expect(createTexts("xx", undefined)("POPUP_TITLE")).toBe("安全验证");
    expect(createTexts("toString", undefined)("CLOSE")).toBe("关闭");
  });

  it.each(ALIBABA_CODES)("lets upLang override all 13 keys in %s", (code) => {
    const overrides = Object.fromEntries(UPLANG_KEYS.map((key) => [key, `custom ${key}`]));
    const text = createTexts(code, { [code]: overrides });
    for (const key of UPLANG_KEYS) expect(text(key)).toBe(`custom ${key}`);
  });

  it("applies the page's upLang for its language only, strings only", () => {
    const text = createTexts("en", { en: { SLIDER_LABEL: "Drag me", CLOSE: 42 }, cn: { REFRESH: "x" } });
    expect(text("SLIDER_LABEL")).toBe("Drag me");
    expect(text("CLOSE")).toBe("Close");
    expect(text("REFRESH")).toBe("New challenge");
  });

  it("keeps SLIDE_FAIL and CAPTCHA_FAIL apart", () => {
    const text = createTexts("en", { en: { CAPTCHA_FAIL: "Nope" } });
    expect(text("CAPTCHA_FAIL")).toBe("Nope");
    expect(text("SLIDE_FAIL")).toBe("Verification failed, drag the slider again");
  });

  it("ignores an upLang that is not an object, and inherited names", () => {
    expect(createTexts("en", "nope")("CLOSE")).toBe("Close");
    expect(createTexts("en", { en: null })("CLOSE")).toBe("Close");
    expect(createTexts("en", { en: Object.create({ CLOSE: "inherited" }) })("CLOSE")).toBe("Close");
  });
});
