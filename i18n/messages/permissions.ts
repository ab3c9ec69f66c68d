import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

const en_ = GLOSSARY.en;
const zh = GLOSSARY["zh-CN"];

/**
 * What each role may do, in the words the console uses when a role changes or an invitation is
 * read (server/permissions.ts has the English ones too, for the server). Keyed by permission, so
 * t(`abilities.${permission}`) finds one ("scenario.read" nests as scenario → read).
 */
export const en = {
  abilities: {
    organization: { read: "see the organization and its members", own: "transfer ownership and delete the organization" },
    scenario: {
      read: "see scenarios, integration guides, custom policies and usage",
      write: "create and modify scenarios and their custom policies",
      delete: "delete scenarios",
    },
    member: { manage: "invite people, change members' roles and remove members (owners only by an owner)" },
    audit: { read: "read the audit log" },
    accessKey: { manage: "create, disable and delete access keys" },
    alert: { read: "see alert rules and their notifications", manage: "create, change and delete alert rules" },
  },
  /** A role as a sentence names it. */
  aRole: {
    OWNER: `an ${en_.owner.toLowerCase()}`,
    ADMIN: `an ${en_.admin.toLowerCase()}`,
    MEMBER: `a ${en_.member.toLowerCase()}`,
    VIEWER: `a ${en_.viewer.toLowerCase()}`,
  },
  or: " or ",
  you: "You ({email})",
};

export const zhCN: Shape<typeof en> = {
  abilities: {
    organization: { read: "查看组织及其成员", own: "转让所有权和删除组织" },
    scenario: {
      read: "查看场景、接入指引、自定义策略和用量",
      write: "创建和修改场景及其自定义策略",
      delete: "删除场景",
    },
    member: { manage: "邀请成员、修改成员角色和移除成员（所有者只能由所有者管理）" },
    audit: { read: "查看操作审计" },
    accessKey: { manage: "创建、禁用和删除 AccessKey" },
    alert: { read: "查看报警规则及其通知", manage: "创建、修改和删除报警规则" },
  },
  aRole: { OWNER: zh.owner, ADMIN: zh.admin, MEMBER: zh.member, VIEWER: zh.viewer },
  or: "或",
  you: "您（{email}）",
};
