import { POLICY_FIELDS, POLICY_MESSAGES, POLICY_MODES, POLICY_TYPES } from "../../server/policy/rules";
import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

const term = GLOSSARY.en;

/**
 * Custom Policy: the list of scenarios with their policy type, Restore Default, and the scenario's
 * "Configure Custom Policy" form. The names of modes, types and fields in English are the tables
 * of server/policy/rules.ts (the server keeps them for its messages), taken from there.
 */
export const en = {
  title: term.customPolicy,
  description:
    "Tune the risk policy of a scenario: the mode, URL verification, access frequency limits per IP and per device, and blocking of emulated devices and simulated clicks. Scenarios without a custom policy use the default policy. Changes take effect after a propagation delay of about 5 minutes.",
  emptyTitle: "No scenarios yet",
  emptyText: "A custom policy belongs to a scenario. Create a scenario first, then come back to tune its policy.",
  goToScenarios: `Go to ${term.scenarios}`,
  search: "Search scenarios",
  searchPlaceholder: "Search by scenario name or ID",
  noMatch: "No scenarios match this search.",
  restoredAt: "The default policy of {name} takes effect at {time}.",
  restoredNow: "{name} uses the default policy.",
  notSupported: POLICY_MESSAGES.notSupported,
  table: {
    name: term.scenarioName,
    sceneId: term.scenarioId,
    integrationMethod: term.integrationMethod,
    policyType: term.policyType,
    actions: "Actions",
    modify: "Modify",
    restoreDefault: "Restore Default",
    view: "View",
  },
  policyTypes: { DEFAULT: POLICY_TYPES.DEFAULT, CUSTOM: POLICY_TYPES.CUSTOM },
  modes: {
    BASIC: { label: POLICY_MODES.BASIC.label, description: POLICY_MODES.BASIC.description },
    ATTACK_AND_DEFENSE: { label: POLICY_MODES.ATTACK_AND_DEFENSE.label, description: POLICY_MODES.ATTACK_AND_DEFENSE.description },
  },
  fields: {
    mode: POLICY_FIELDS.mode.label,
    urlVerification: POLICY_FIELDS.urlVerification.label,
    urlVerificationHint: POLICY_FIELDS.urlVerification.hint,
    ipHourlyLimit: POLICY_FIELDS.ipHourlyLimit.label,
    ipDailyLimit: POLICY_FIELDS.ipDailyLimit.label,
    deviceHourlyLimit: POLICY_FIELDS.deviceHourlyLimit.label,
    deviceDailyLimit: POLICY_FIELDS.deviceDailyLimit.label,
    blockEmulatedDevices: POLICY_FIELDS.blockEmulatedDevices.label,
    blockEmulatedDevicesHint: POLICY_FIELDS.blockEmulatedDevices.hint,
    blockSimulatedClicks: POLICY_FIELDS.blockSimulatedClicks.label,
    blockSimulatedClicksHint: POLICY_FIELDS.blockSimulatedClicks.hint,
  },
  page: {
    description: `{name} · ${term.scenarioId} {sceneId} · {method}`,
  },
  editor: {
    heading: "Configure Custom Policy",
    policyType: `${term.policyType}: <strong>{type}</strong>`,
    pendingCustom: "Takes effect at {time}. Until then the previous custom policy stays in force.",
    pendingDefault: "Takes effect at {time}. Until then the default policy stays in force.",
    saved: "Saved.",
    restored: "The default policy is restored.",
    readOnly: "Your role can view this policy but not change it.",
    loading: "Loading…",
  },
  form: {
    modeOption: "<name>{mode}</name>: {description}",
    defaultModeOption: "<name>{mode}</name> (default): {description}",
    switchNote: "{hint} Default: {state}.",
    on: "on",
    off: "off",
    limitHint: "{min} to {max} verification requests. Default: {default}.",
    urlExample: "Example: <code>{example}</code> matches ",
    listSeparator: ", ",
    listLastSeparator: " and ",
    urlMaxLength: ". At most {max} characters.",
    ipTitle: "IP access frequency",
    ipDescription: "Verification requests allowed from one IP address; more are refused.",
    deviceTitle: "Device access frequency",
    deviceDescription: "Verification requests allowed from one device; more are refused.",
    restoreDefault: "Restore Default",
    save: "Save",
    saving: "Saving…",
  },
  restore: {
    title: "Restore Default",
    custom:
      "Restore the default policy for <strong>{name}</strong>? Its custom settings are discarded. Like any policy change, the defaults take effect after a propagation delay (about 5 minutes); until then the custom policy stays in force.",
    alreadyDefault: "<strong>{name}</strong> already uses the default policy: restoring it changes nothing.",
    reload: "Reload",
    cancel: "Cancel",
    ok: "OK",
  },
};

const zh = GLOSSARY["zh-CN"];

export const zhCN: Shape<typeof en> = {
  title: zh.customPolicy,
  description: `调整场景的风险策略：模式、${zh.urlVerification}、按IP和按设备的访问频次限制，以及拦截模拟设备和模拟点击。未配置${zh.customPolicy}的场景使用默认策略。修改约5分钟后生效。`,
  emptyTitle: "暂无场景",
  emptyText: `${zh.customPolicy}属于某个场景。请先创建场景，再回来调整它的策略。`,
  goToScenarios: `前往${zh.scenarios}`,
  search: "搜索场景",
  searchPlaceholder: `按${zh.scenarioName}或${zh.scenarioId}搜索`,
  noMatch: "没有符合搜索条件的场景。",
  restoredAt: "{name} 的默认策略将于 {time} 生效。",
  restoredNow: "{name} 已使用默认策略。",
  notSupported: `微信小程序原生插件${zh.integrationMethod}不支持${zh.customPolicy}。`,
  table: {
    name: zh.scenarioName,
    sceneId: zh.scenarioId,
    integrationMethod: zh.integrationMethod,
    policyType: zh.policyType,
    actions: "操作",
    modify: "修改",
    restoreDefault: "恢复默认",
    view: "查看",
  },
  policyTypes: { DEFAULT: "默认", CUSTOM: "自定义" },
  modes: {
    BASIC: { label: zh.basicMode, description: "标准策略，兼顾用户体验与安全性。" },
    ATTACK_AND_DEFENSE: { label: zh.attackAndDefenseMode, description: "遭受攻击时使用的更严格策略，可能产生少量误判。" },
  },
  fields: {
    mode: "模式",
    urlVerification: zh.urlVerification,
    urlVerificationHint: "可选。调用验证码的页面URL中必须包含的文本（部分匹配）；留空则不校验。",
    ipHourlyLimit: "IP每小时上限",
    ipDailyLimit: "IP每天上限",
    deviceHourlyLimit: "设备每小时上限",
    deviceDailyLimit: "设备每天上限",
    blockEmulatedDevices: zh.blockEmulatedDevices,
    blockEmulatedDevicesHint:
      "拦截虚拟机（VMware、VirtualBox、Hyper-V、Parallels）、模拟器（Android Virtual Device、BlueStacks）以及模拟移动设备的桌面浏览器。",
    blockSimulatedClicks: zh.blockSimulatedClicks,
    blockSimulatedClicksHint: "拦截由脚本模拟的点击和滑动。自行模拟触摸事件的应用（例如使用 touch-emulator 的 Vue 应用）将无法通过验证。",
  },
  page: {
    description: `{name} · ${zh.scenarioId} {sceneId} · {method}`,
  },
  editor: {
    heading: `配置${zh.customPolicy}`,
    policyType: `${zh.policyType}：<strong>{type}</strong>`,
    pendingCustom: `将于 {time} 生效。在此之前，原${zh.customPolicy}继续有效。`,
    pendingDefault: "将于 {time} 生效。在此之前，默认策略继续有效。",
    saved: "已保存。",
    restored: "已恢复默认策略。",
    readOnly: "您的角色可以查看此策略，但不能修改。",
    loading: "加载中…",
  },
  form: {
    modeOption: "<name>{mode}</name>：{description}",
    defaultModeOption: "<name>{mode}</name>（默认）：{description}",
    switchNote: "{hint}默认：{state}。",
    on: "开启",
    off: "关闭",
    limitHint: "{min}–{max} 次验证请求。默认：{default}。",
    urlExample: "示例：<code>{example}</code> 可匹配 ",
    listSeparator: "、",
    listLastSeparator: "和",
    urlMaxLength: "。最多 {max} 个字符。",
    ipTitle: "IP访问频次",
    ipDescription: "单个IP地址允许的验证请求次数，超出的请求将被拒绝。",
    deviceTitle: "设备访问频次",
    deviceDescription: "单个设备允许的验证请求次数，超出的请求将被拒绝。",
    restoreDefault: "恢复默认",
    save: "保存",
    saving: "保存中…",
  },
  restore: {
    title: "恢复默认",
    custom: `确定为<strong>{name}</strong>恢复默认策略吗？其${zh.customPolicy}设置将被丢弃。与其他策略修改一样，默认策略需经过约5分钟的生效延迟；在此之前，${zh.customPolicy}继续有效。`,
    alreadyDefault: "<strong>{name}</strong>已在使用默认策略，恢复不会有任何变化。",
    reload: "重新加载",
    cancel: "取消",
    ok: "确定",
  },
};
