import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../widget/options";
import { widgetLanguageFor } from "./language";

describe("the widget's language for a person's language", () => {
  it("English in any region is en", () => {
    for (const tag of ["en", "en-US", "en-GB", "EN_au"]) expect(widgetLanguageFor(tag)).toBe("en");
  });

  it("Chinese is cn, or tw when written in Traditional characters", () => {
    for (const tag of ["zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-SG"]) expect(widgetLanguageFor(tag)).toBe("cn");
    for (const tag of ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN"]) expect(widgetLanguageFor(tag)).toBe("tw");
  });

  it("the widget's other languages by their primary subtag; Indonesian by Alibaba's code", () => {
    expect(widgetLanguageFor("de-CH")).toBe("de");
    expect(widgetLanguageFor("ja")).toBe("ja");
    expect(widgetLanguageFor("pt-BR")).toBe("pt");
    expect(widgetLanguageFor("id-ID")).toBe("in");
  });

  it("a language the widget lacks, or no language, is English, never the Chinese default", () => {
    for (const tag of ["nl", "sv-SE", "", "  ", "cn", "tw"]) expect(widgetLanguageFor(tag)).toBe("en");
  });

  it("always answers a code the widget accepts", () => {
    for (const tag of ["en", "zh-TW", "zh", "fr", "id", "xx-YY"]) expect(LANGUAGES).toContain(widgetLanguageFor(tag));
  });
});
