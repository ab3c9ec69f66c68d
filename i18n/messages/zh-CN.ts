import { GLOSSARY } from "../glossary";
import type { Messages } from "./en";
import * as common from "./common";
import * as accessKeys from "./accessKeys";
import * as permissions from "./permissions";
import * as members from "./members";
import * as auditLog from "./auditLog";
import * as alerts from "./alerts";
import * as profile from "./profile";
import * as notices from "./notices";
import * as auth from "./auth";
import * as invitation from "./invitation";
import * as guide from "./guide";
import * as policies from "./policies";
import * as scenarioValues from "./scenario-values";
import * as scenarios from "./scenarios";

const term = GLOSSARY["zh-CN"];

/** The console's Simplified Chinese texts: the same keys as en.ts (the type requires every one). */
export const zhCN: Messages = {
  shell: {
    productName: term.captchaConsole,
    organization: term.organization,
    organizationPrefix: `${term.organization}：`,
    newOrganization: "新建组织",
    organizationName: "组织名称",
    create: "创建",
    signedInAs: "当前登录",
    profile: term.profile,
    signOut: "退出登录",
    language: "语言",
    noOrganization: "您还不是任何组织的成员。请通过“新建组织”创建一个，或向同事索取邀请链接。",
  },
  navigation: {
    label: "控制台",
    overview: term.overview,
    scenarios: term.scenarios,
    policies: term.customPolicy,
    alerts: term.alerts,
    accessKeys: term.accessKeys,
    members: term.members,
    auditLog: term.auditLog,
  },
  roles: { OWNER: term.owner, ADMIN: term.admin, MEMBER: term.member, VIEWER: term.viewer },
  scenarios: scenarios.zhCN,
  scenarioValues: scenarioValues.zhCN,
  policies: policies.zhCN,
  guide: guide.zhCN,
  overview: {
    title: term.overview,
    description: "组织概况一览。",
    organization: term.organization,
    identityPrefix: term.identityPrefix,
    yourRole: "您的角色",
    today: "今日概况",
    trend: "流量趋势",
    period: "时间范围",
    last7: "最近7天",
    last30: "最近30天",
    scenario: term.scenario,
    allScenarios: "全部场景",
    perDay: "每日请求量",
    day: "日期",
    chartLabel: "流量趋势：每日请求量",
    series: {
      initializations: term.initializationRequests,
      verifications: term.verificationRequests,
      intercepted: term.interceptedCaptchas,
      successful: term.successfulCaptchas,
    },
  },
  common: common.zhCN,
  accessKeys: accessKeys.zhCN,
  permissions: permissions.zhCN,
  members: members.zhCN,
  auditLog: auditLog.zhCN,
  alerts: alerts.zhCN,
  profile: profile.zhCN,
  notices: notices.zhCN,
  auth: auth.zhCN,
  invitation: invitation.zhCN,
};
