import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales";
import { MESSAGES } from ".";
import { CODE_COMMENTS, type CodeComments, clientSamples, serverSamples, type GuideContext } from "../../server/guide/snippets";
import { POLICY_FIELDS, POLICY_MODES, POLICY_TYPES } from "../../server/policy/rules";
import { INTEGRATION_METHODS, TEST_RESULTS } from "../../server/scenario/rules";
import { VERIFY_CODES } from "../../server/verification/codes";

/** The namespaces of the Scenarios, Custom Policy and integration guide pages. */
const NAMESPACES = ["scenarios", "scenarioValues", "policies", "guide"] as const;

function entries(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value as object, `${prefix}${key}.`),
  );
}

const tagsOf = (text: string) => [...new Set([...text.matchAll(/<(\w+)>/g)].map((match) => match[1]))].sort();

describe("the texts of the Scenarios, Custom Policy and guide pages", () => {
  it("format in every language (valid ICU, every placeholder and tag filled), with the same tags in each", () => {
    for (const [locale, messages] of Object.entries(MESSAGES) as [Locale, (typeof MESSAGES)[Locale]][]) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
      for (const namespace of NAMESPACES) {
        for (const [key, text] of entries(messages[namespace], `${namespace}.`)) {
          const values: Record<string, unknown> = {};
          for (const [, name] of text.matchAll(/\{(\w+)/g)) values[name] = "x";
          for (const tag of tagsOf(text)) values[tag] = (chunks: string) => `[${chunks}]`;
          const formatted = t.markup(key as any, values as any);
          expect(formatted, `${locale} ${key}`).not.toMatch(/[{}]/);
          const english = key.split(".").reduce((node: any, part) => node[part], MESSAGES.en) as string;
          expect(tagsOf(text), `${locale} ${key}`).toEqual(tagsOf(english));
        }
      }
      expect(errors, locale).toEqual([]);
    }
  });

  it("name the settings in English exactly as the server's tables do", () => {
    const { scenarioValues, policies, guide } = MESSAGES.en;
    expect(scenarioValues.integrationMethods.WEBVIEW_H5.label).toBe(INTEGRATION_METHODS.WEBVIEW_H5.label);
    expect(scenarioValues.testResults.FAIL_INVISIBLE_AND_CHALLENGE.label).toBe(TEST_RESULTS.FAIL_INVISIBLE_AND_CHALLENGE.label);
    expect(policies.modes.ATTACK_AND_DEFENSE.label).toBe(POLICY_MODES.ATTACK_AND_DEFENSE.label);
    expect(policies.policyTypes).toEqual(POLICY_TYPES);
    expect(policies.fields.blockSimulatedClicksHint).toBe(POLICY_FIELDS.blockSimulatedClicks.hint);
    expect(Object.keys(guide.server.codes)).toEqual(VERIFY_CODES.map((row) => row.code));
  });

  it("give the Chinese console's terms", () => {
    const zh = MESSAGES["zh-CN"];
    expect(zh.scenarios.table.sceneId).toBe("场景ID");
    expect(zh.scenarios.table.integrationMethod).toBe("接入方式");
    expect(zh.scenarios.table.verificationType).toBe("验证码形态");
    expect(zh.scenarios.table.ruleStatus).toBe("策略状态");
    expect(zh.scenarioValues.ruleStatuses.TEST_MODE.label).toBe("测试");
    expect(zh.scenarioValues.ruleStatuses.OFFICIAL_RELEASE.label).toBe("正式");
    expect(zh.guide.title).toBe("接入指引");
    expect(zh.policies.title).toBe("自定义策略");
  });

  it("put the guide's code comments in the reader's language, and nothing else of the code", () => {
    const chinese = MESSAGES["zh-CN"].guide.codeComments as CodeComments;
    const base = {
      sceneId: "abcd1234",
      prefix: "p1q2r3",
      baseUrl: "https://captcha.example.com",
      verificationType: "SLIDER",
      language: "cn",
    };
    for (const integrationMethod of ["WEB_H5", "WEBVIEW_H5", "WECHAT_NATIVE_PLUGIN"] as const) {
      const context: GuideContext = { ...base, verificationType: "SLIDER", integrationMethod };
      const english = [...clientSamples(context), ...serverSamples(context)];
      const translated = [...clientSamples({ ...context, comments: chinese }), ...serverSamples({ ...context, comments: chinese })];
      translated.forEach((sample, index) => {
        let code = sample.code;
        for (const key of Object.keys(CODE_COMMENTS) as (keyof CodeComments)[]) code = code.replaceAll(chinese[key], CODE_COMMENTS[key]);
        expect(code, sample.id).toBe(english[index].code);
      });
      expect(translated.filter((sample) => /[\u4e00-\u9fff]/.test(sample.code)).length, integrationMethod).toBeGreaterThan(1);
    }
  });
});
