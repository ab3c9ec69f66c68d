import type { Locale } from "./locales";

/**
 * The domain's words, once, in the terms of Alibaba Cloud's own console (Captcha 2.0: the English
 * console and the Chinese one, 验证码2.0). Messages take these words from here, so "scenario" is
 * 场景 on every page and a change of term is one edit. Data (scenario names, emails) is never
 * translated.
 */
export const GLOSSARY = {
  en: {
    captchaConsole: "Captcha Console",
    organization: "Organization",
    scenario: "Scenario",
    scenarios: "Scenarios",
    scenarioName: "Scenario Name",
    sceneId: "Scene ID",
    identityPrefix: "Identity prefix",
    integrationMethod: "Integration Method",
    verificationType: "Verification Type",
    ruleStatus: "Rule Status",
    testMode: "Test Mode",
    officialRelease: "Official Release",
    customPolicy: "Custom Policy",
    integrationGuide: "Integration Guide",
    accessKeys: "Access Keys",
    members: "Members",
    auditLog: "Audit Log",
    alerts: "Alerts",
    overview: "Overview",
    profile: "Profile",
    initializationRequests: "Initialization Requests",
    verificationRequests: "Verification Requests",
    interceptedCaptchas: "Intercepted CAPTCHAs",
    successfulCaptchas: "Successful CAPTCHAs",
    interceptionRate: "Interception Rate",
    owner: "Owner",
    admin: "Admin",
    member: "Member",
    viewer: "Viewer",
  },
  "zh-CN": {
    captchaConsole: "验证码控制台",
    organization: "组织",
    scenario: "场景",
    scenarios: "场景管理",
    scenarioName: "场景名称",
    sceneId: "场景ID",
    identityPrefix: "身份标",
    integrationMethod: "接入方式",
    verificationType: "验证码形态",
    ruleStatus: "策略状态",
    testMode: "测试",
    officialRelease: "正式",
    customPolicy: "自定义策略",
    integrationGuide: "接入指引",
    accessKeys: "AccessKey",
    members: "成员",
    auditLog: "操作审计",
    alerts: "报警设置",
    overview: "概览",
    profile: "个人信息",
    initializationRequests: "初始化请求量",
    verificationRequests: "验证请求量",
    interceptedCaptchas: "拦截量",
    successfulCaptchas: "验证通过量",
    interceptionRate: "拦截率",
    owner: "所有者",
    admin: "管理员",
    member: "成员",
    viewer: "只读成员",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type Term = keyof (typeof GLOSSARY)["en"];
