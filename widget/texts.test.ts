import { describe, expect, it } from "vitest";
import { createTexts, TEXTS } from "./texts";

describe("texts", () => {
  it("has every key in cn and tw", () => {
    expect(Object.keys(TEXTS.cn).sort()).toEqual(Object.keys(TEXTS.en).sort());
    expect(Object.keys(TEXTS.tw).sort()).toEqual(Object.keys(TEXTS.en).sort());
  });

  it("uses English for languages without built-in texts", () => {
    expect(createTexts("ja", undefined)("SLIDER_LABEL")).toBe("Slide to verify");
    expect(createTexts("tw", undefined)("REFRESH")).toBe("換一個");
  });

  it("applies the page's upLang for its language only, strings only", () => {
    const text = createTexts("en", { en: { SLIDER_LABEL: "Drag me", CLOSE: 42 }, cn: { REFRESH: "x" } });
    expect(text("SLIDER_LABEL")).toBe("Drag me");
    expect(text("CLOSE")).toBe("Close");
    expect(text("REFRESH")).toBe("New challenge");
  });

  it("takes CAPTCHA_FAIL and SLIDE_FAIL as older names of FAIL", () => {
    expect(createTexts("en", { en: { CAPTCHA_FAIL: "Nope" } })("FAIL")).toBe("Nope");
    expect(createTexts("en", { en: { SLIDE_FAIL: "Slide again" } })("FAIL")).toBe("Slide again");
    expect(createTexts("en", { en: { FAIL: "First", CAPTCHA_FAIL: "Second" } })("FAIL")).toBe("First");
  });

  it("ignores an upLang that is not an object", () => {
    expect(createTexts("en", "nope")("CLOSE")).toBe("Close");
    expect(createTexts("en", { en: null })("CLOSE")).toBe("Close");
  });
});
