import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

/** The Access Keys page (app/(console)/access-keys). */
export const en = {
  title: GLOSSARY.en.accessKeys,
  description: "Your business server signs its VerifyIntelligentCaptcha calls with an access key of this organization.",
  forbidden: "Only owners and admins can manage access keys.",
  create: "Create AccessKey",
  empty: "No access keys yet. Create one for each service that verifies CAPTCHA results.",
  columns: {
    id: "AccessKey ID",
    description: "Description",
    created: "Created",
    lastUsed: "Last used",
    status: "Status",
    actions: "Actions",
  },
  enabled: "Enabled",
  disabled: "Disabled",
  enable: "Enable",
  disable: "Disable",
  secretWarning: "Copy the AccessKey Secret now: it is shown only this once. Keep it on your business server, never in a browser or app.",
  keyId: "AccessKey ID",
  keySecret: "AccessKey Secret",
  descriptionLabel: "Description",
  descriptionHint: "Optional: where the key is used, e.g. “checkout service”.",
  deleteTitle: "Delete AccessKey",
  deleteQuestion: "Delete <key>{id}</key>? Servers that still sign with it will be refused. This cannot be undone.",
};

export const zhCN: Shape<typeof en> = {
  title: GLOSSARY["zh-CN"].accessKeys,
  description: "业务服务器使用本组织的 AccessKey 为 VerifyIntelligentCaptcha 调用签名。",
  forbidden: "只有所有者和管理员可以管理 AccessKey。",
  create: "创建 AccessKey",
  empty: "还没有 AccessKey。请为每个校验验证结果的服务创建一个。",
  columns: { id: "AccessKey ID", description: "描述", created: "创建时间", lastUsed: "最近使用", status: "状态", actions: "操作" },
  enabled: "已启用",
  disabled: "已禁用",
  enable: "启用",
  disable: "禁用",
  secretWarning: "请立即复制 AccessKey Secret：它只显示这一次。请将其保存在业务服务器上，切勿放在浏览器或 App 中。",
  keyId: "AccessKey ID",
  keySecret: "AccessKey Secret",
  descriptionLabel: "描述",
  descriptionHint: "可选：密钥的用途，例如“结算服务”。",
  deleteTitle: "删除 AccessKey",
  deleteQuestion: "确定删除 <key>{id}</key> 吗？仍使用它签名的服务器将被拒绝。此操作无法撤销。",
};
