import type { Shape } from "./shape";

/** The shared components' own words (app/_components): buttons, pagination, copy, filters. */
export const en = {
  cancel: "Cancel",
  ok: "OK",
  done: "Done",
  save: "Save",
  delete: "Delete",
  reload: "Reload",
  all: "All",
  none: "none",
  never: "Never",
  copy: "Copy",
  copied: "Copied",
  copiedAnnouncement: "{what} copied to the clipboard",
  notYetAvailable: "{what} is not available in this version of the console yet.",
  pagination: {
    label: "Pagination",
    // {noun} is the caller's, one or many by {count}; in Chinese it carries its measure word ("条记录").
    summary: "{count} {noun} · Page {page} of {pages}",
    previous: "Previous",
    next: "Next",
  },
  sso: { redirecting: "Redirecting…", signInWith: "Sign in with {provider}" },
};

export const zhCN: Shape<typeof en> = {
  cancel: "取消",
  ok: "确定",
  done: "完成",
  save: "保存",
  delete: "删除",
  reload: "重新加载",
  all: "全部",
  none: "无",
  never: "从未",
  copy: "复制",
  copied: "已复制",
  copiedAnnouncement: "{what}已复制到剪贴板",
  notYetAvailable: "当前版本的控制台暂不支持{what}。",
  pagination: {
    label: "分页",
    summary: "共 {count} {noun} · 第 {page}/{pages} 页",
    previous: "上一页",
    next: "下一页",
  },
  sso: { redirecting: "正在跳转…", signInWith: "使用 {provider} 登录" },
};
