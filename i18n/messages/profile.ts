import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

/** The Profile page (app/(console)/profile): password and the sessions of the account. */
export const en = {
  title: GLOSSARY.en.profile,
  signedInAs: "Signed in as {email}.",
  changePassword: {
    heading: "Change password",
    current: "Current password",
    new: "New password",
    hint: "At least {min} characters. Your other browsers will be signed out.",
    done: "Password changed. Your other browsers have been signed out.",
    submit: "Change password",
  },
  sessions: {
    heading: "Where you are signed in",
    signOutEverywhere: "Sign out everywhere",
    columns: { device: "Device", address: "Address", signedIn: "Signed in", lastSeen: "Last seen", actions: "Actions" },
    unknown: "unknown",
    thisBrowser: "This browser",
    signOut: "Sign out",
    signOutOne: "Sign out {device} ({address})",
    device: "{browser} on {system}",
    unknownDevice: "Unknown device",
  },
};

export const zhCN: Shape<typeof en> = {
  title: GLOSSARY["zh-CN"].profile,
  signedInAs: "当前登录账号：{email}。",
  changePassword: {
    heading: "修改密码",
    current: "当前密码",
    new: "新密码",
    hint: "至少 {min} 个字符。您在其他浏览器上的登录将被退出。",
    done: "密码已修改。您在其他浏览器上的登录已退出。",
    submit: "修改密码",
  },
  sessions: {
    heading: "登录设备",
    signOutEverywhere: "退出所有设备",
    columns: { device: "设备", address: "地址", signedIn: "登录时间", lastSeen: "最近活动", actions: "操作" },
    unknown: "未知",
    thisBrowser: "当前浏览器",
    signOut: "退出登录",
    signOutOne: "退出 {device}（{address}）",
    device: "{system} 上的 {browser}",
    unknownDevice: "未知设备",
  },
};
