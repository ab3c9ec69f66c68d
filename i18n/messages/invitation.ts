import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

/** An invitation link's page (app/invite/[token]): what joining means, and accepting it. */
export const en = {
  title: "Invitation",
  statuses: {
    unknown: "This invitation link is not valid. Ask for a new invitation.",
    expired: "This invitation has expired. Ask for a new invitation.",
    accepted: "This invitation has already been used.",
    revoked: "This invitation was revoked. Ask for a new invitation.",
  },
  toConsole: "Go to the console",
  summary: "{invitedBy} invited <strong>{email}</strong> to join <strong>{organization}</strong> as {role}.",
  organization: GLOSSARY.en.organization,
  role: "Role",
  abilities: "As {role} you will be able to:",
  signInFirst: "Sign in or create an account with {email} to accept.",
  signIn: "Sign in to accept",
  signUp: "Create an account",
  wrongEmail: "This invitation was sent to {email}. Sign in with that email to accept it. You are signed in as {current}.",
  accept: "Accept invitation",
  acceptFailed: "The invitation could not be accepted. Please try again.",
  switchAccount: "Switch account",
  signOut: "Sign out",
};

export const zhCN: Shape<typeof en> = {
  title: "邀请",
  statuses: {
    unknown: "此邀请链接无效。请重新索取邀请。",
    expired: "此邀请已过期。请重新索取邀请。",
    accepted: "此邀请已被使用。",
    revoked: "此邀请已被撤销。请重新索取邀请。",
  },
  toConsole: "进入控制台",
  summary: "{invitedBy} 邀请 <strong>{email}</strong> 以{role}身份加入 <strong>{organization}</strong>。",
  organization: GLOSSARY["zh-CN"].organization,
  role: "角色",
  abilities: "作为{role}，您将可以：",
  signInFirst: "请使用 {email} 登录或创建账号后接受邀请。",
  signIn: "登录并接受",
  signUp: "创建账号",
  wrongEmail: "此邀请发送给 {email}。请使用该邮箱登录后接受。您当前登录的是 {current}。",
  accept: "接受邀请",
  acceptFailed: "无法接受邀请。请重试。",
  switchAccount: "切换账号",
  signOut: "退出登录",
};
