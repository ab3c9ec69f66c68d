import { GLOSSARY } from "../glossary";
import type { Shape } from "../messages/shape";

const enTerm = GLOSSARY.en;
const zh = GLOSSARY["zh-CN"];

/**
 * The emails the server sends, in each language (server/mail/compose.ts fills them with
 * next-intl's translator; placeholders in ICU syntax). Not mounted with the pages' texts: no page
 * shows them, so the browser never downloads them. The English is word for word what the emails
 * said before they had a second language.
 */
export const en = {
  verification: {
    subject: "Verify your email for Captcha Console",
    body: "Welcome to Captcha Console.\n\nOpen this link within {hours} hours to verify that {email} is yours:\n{link}\n\nUntil then you cannot accept invitations or create access keys. If you did not create an account, ignore this email.\n",
  },
  passwordReset: {
    subject: "Reset your Captcha Console password",
    body: "Someone asked to reset the password of your Captcha Console account ({email}).\n\nOpen this link within {minutes} minutes to choose a new password. It works once:\n{link}\n\nIf it was not you, ignore this email: your password stays as it is.\n",
  },
  invitation: {
    subject: "You are invited to {organization} on Captcha Console",
    body: "{inviter} invited you to join {organization} as {role, select, OWNER {owner} ADMIN {admin} MEMBER {member} other {viewer}}.\n\nOpen this link within {days} days to accept:\n{link}\n",
  },
  alert: {
    title: "[{event, select, FIRING {Alert} RESOLVED {Resolved} other {Test notification}}] {rule}: {metric} {value}",
    happened:
      "{event, select, FIRING {The condition of this alert rule started to hold.} RESOLVED {The condition of this alert rule no longer holds.} other {This is a test notification: nothing has happened. The value below is the metric now.}}",
    metric: `{metric, select, INITIALIZATIONS {${enTerm.initializationRequests}} VERIFICATIONS {${enTerm.verificationRequests}} INTERCEPTED {${enTerm.interceptedCaptchas}} other {Interception Rate}}`,
    condition: "{metric} ≥ {threshold} over the {window, select, LAST_HOUR {last hour} other {last 24 hours}}",
    organization: "Organization: {organization}",
    scenario: "Scenario: {scenario}",
    allScenarios: "All scenarios",
    scenarioNamed: "{name} ({sceneId})",
    conditionLine: "Condition: {condition}",
    value: "Value: {value}",
    time: "Time: {time}",
    rules: "Alert rules: {url}",
  },
};

export const zhCN: Shape<typeof en> = {
  verification: {
    subject: `验证您在${zh.captchaConsole}的邮箱`,
    body: `欢迎使用${zh.captchaConsole}。\n\n请在 {hours} 小时内打开以下链接，验证 {email} 是您的邮箱：\n{link}\n\n验证之前，您无法接受邀请或创建 ${zh.accessKeys}。如果您没有创建账号，请忽略此邮件。\n`,
  },
  passwordReset: {
    subject: `重置您的${zh.captchaConsole}密码`,
    body: `有人申请重置您的${zh.captchaConsole}账号（{email}）的密码。\n\n请在 {minutes} 分钟内打开以下链接设置新密码，链接仅可使用一次：\n{link}\n\n如果不是您本人操作，请忽略此邮件，您的密码不会改变。\n`,
  },
  invitation: {
    subject: `您受邀加入${zh.captchaConsole}上的 {organization}`,
    body: `{inviter} 邀请您以{role, select, OWNER {${zh.owner}} ADMIN {${zh.admin}} MEMBER {${zh.member}} other {${zh.viewer}}}身份加入 {organization}。\n\n请在 {days} 天内打开以下链接接受邀请：\n{link}\n`,
  },
  alert: {
    title: "【{event, select, FIRING {报警} RESOLVED {已恢复} other {测试通知}}】{rule}：{metric} {value}",
    happened:
      "{event, select, FIRING {该报警规则的条件已满足。} RESOLVED {该报警规则的条件已不再满足。} other {这是一条测试通知，并未发生任何事件。下面的数值是该指标的当前值。}}",
    metric: `{metric, select, INITIALIZATIONS {${zh.initializationRequests}} VERIFICATIONS {${zh.verificationRequests}} INTERCEPTED {${zh.interceptedCaptchas}} other {拦截率}}`,
    condition: "{window, select, LAST_HOUR {最近 1 小时} other {最近 24 小时}}{metric} ≥ {threshold}",
    organization: `${zh.organization}：{organization}`,
    scenario: `${zh.scenario}：{scenario}`,
    allScenarios: `全部${zh.scenario}`,
    scenarioNamed: "{name}（{sceneId}）",
    conditionLine: "条件：{condition}",
    value: "数值：{value}",
    time: "时间：{time}",
    rules: "报警规则：{url}",
  },
};
