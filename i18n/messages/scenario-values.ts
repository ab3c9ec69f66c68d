import { INTEGRATION_METHODS, RULE_STATUSES, TEST_RESULTS, VERIFICATION_TYPES } from "../../server/scenario/rules";
import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

/**
 * The names of a scenario's settings by value (WEB_H5, SLIDER, TEST_MODE…), as the console shows
 * them. The English ones are the seed's tables in server/scenario/rules.ts (which the server keeps
 * for itself), taken from there so the two can never differ.
 */
function textsOf<K extends string, F extends string>(table: Record<K, Record<F, unknown>>, fields: readonly F[]) {
  return Object.fromEntries(
    Object.entries<Record<F, unknown>>(table).map(([value, row]) => [
      value,
      Object.fromEntries(fields.map((field) => [field, String(row[field])])),
    ]),
  ) as Record<K, Record<F, string>>;
}

export const en = {
  integrationMethods: textsOf(INTEGRATION_METHODS, ["label", "coverage", "note"]),
  verificationTypes: textsOf(VERIFICATION_TYPES, ["label"]),
  ruleStatuses: textsOf(RULE_STATUSES, ["label", "description"]),
  testResults: textsOf(TEST_RESULTS, ["label"]),
};

const term = GLOSSARY["zh-CN"];

export const zhCN: Shape<typeof en> = {
  integrationMethods: {
    WEB_H5: { label: "Web/H5", coverage: "客户端和服务端", note: "适用于标准网页和H5移动页面。" },
    WEBVIEW_H5: {
      label: "Webview+H5（支持App/小程序接入）",
      coverage: "客户端、服务端和App",
      note: "适用于通过WebView嵌入页面的App和微信小程序。",
    },
    WECHAT_NATIVE_PLUGIN: {
      label: "微信小程序原生插件",
      coverage: "仅客户端",
      note: `适用于微信小程序原生接入。该接入方式不支持${term.customPolicy}。`,
    },
  },
  verificationTypes: {
    INVISIBLE: { label: term.invisibleCaptcha },
    ONE_CLICK: { label: "一点即过" },
    SLIDER: { label: "滑块验证" },
    PUZZLE: { label: "拼图验证" },
    IMAGE_RESTORATION: { label: "图像复原" },
  },
  ruleStatuses: {
    OFFICIAL_RELEASE: { label: term.officialRelease, description: "对每个请求进行完整的风险评估，返回真实的通过或不通过结果。" },
    TEST_MODE: { label: term.testMode, description: "仅检测连通性，不进行风险评估，返回您配置的测试结果。" },
  },
  testResults: {
    PASS_VERIFICATION: { label: "验证通过" },
    FAIL_VERIFICATION: { label: "验证不通过" },
    PASS_INVISIBLE: { label: `${term.invisibleCaptcha}通过` },
    FAIL_INVISIBLE_PASS_CHALLENGE: { label: `${term.invisibleCaptcha}不通过，${term.additionalChallenge}通过` },
    FAIL_INVISIBLE_AND_CHALLENGE: { label: `${term.invisibleCaptcha}不通过，${term.additionalChallenge}不通过` },
    FAIL_INVISIBLE: { label: `${term.invisibleCaptcha}不通过` },
  },
};
