import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

const term = GLOSSARY.en;

/** The Scenarios page: the list, its filters, the Create/Modify panel, Confirm Delete, and the per-scenario pages' heading. */
export const en = {
  title: term.scenarios,
  description:
    "A scenario holds the integration method, verification type and rule status for one place you protect, and gives you the Scenario ID your client passes to the CAPTCHA.",
  create: "Create Scenario",
  testModeTip: `Start new scenarios in <strong>${term.testMode}</strong>: it only checks connectivity and returns the result you configure, so your own testing is not flagged as bot traffic. Switch to ${term.officialRelease} once the integration works end to end.`,
  emptyTitle: "No scenarios yet",
  emptyText:
    "A verification scenario is where you choose how the CAPTCHA integrates (Web/H5, an app WebView or a WeChat mini program), which challenge people see, and whether it runs in Test Mode. Each scenario gets a Scenario ID to put in your client code.",
  viewerCannotCreate: "Viewers cannot create scenarios. Ask an admin for the Member role.",
  noMatch: "No scenarios match these filters.",
  noun: { one: "scenario", other: "scenarios" },
  filters: {
    label: "Filter scenarios",
    search: "Search scenarios",
    searchPlaceholder: "Scenario name or Scenario ID",
    // Short on purpose: the form fields of Create and Modify have the long names.
    method: "Method",
    type: "Type",
    status: "Status",
  },
  table: {
    name: term.scenarioName,
    sceneId: term.scenarioId,
    integrationMethod: term.integrationMethod,
    verificationType: term.verificationType,
    ruleStatus: term.ruleStatus,
    created: "Created",
    actions: "Actions",
    copySceneId: `${term.scenarioId} {sceneId}`,
    takesEffectAt: `${term.officialRelease} (takes effect at {time})`,
    additionalChallenge: "Additional challenge: {challenge}",
    integrationGuide: term.integrationGuide,
    modify: "Modify",
    customPolicy: term.customPolicy,
    delete: "Delete",
  },
  form: {
    name: term.scenarioName,
    nameHint: "1–{max} characters: Chinese characters, letters, digits and underscores (_).",
    integrationMethod: term.integrationMethod,
    methodLockedCreate:
      "The integration method cannot be changed later. If you choose the wrong one, delete the scenario and create a new one.",
    methodLockedModify: "The integration method cannot be changed. To use another method, create a new scenario.",
    verificationType: term.verificationType,
    invisiblePopupOnly: "Invisible CAPTCHA supports pop-up (popup) mode only, not embedded mode.",
    additionalChallenge: term.additionalChallenge,
    additionalChallengePlaceholder: "Choose the challenge shown when the invisible check fails",
    ruleStatus: term.ruleStatus,
    propagationDelay: `A change from ${term.testMode} to ${term.officialRelease} takes effect after a propagation delay (about 5 minutes); the list shows when.`,
    testResult: term.testResult,
    testResultPlaceholder: `Choose the result ${term.testMode} returns`,
    chooseChallengeFirst: "Choose the additional challenge first",
    cancel: "Cancel",
    ok: "OK",
    saving: "Saving…",
  },
  modify: {
    title: "Modify Scenario",
    loading: "Loading…",
    sceneId: term.scenarioId,
  },
  delete: {
    title: "Confirm Delete",
    ok: "OK",
    warning:
      "Deleting <strong>{name}</strong> permanently deletes all historical data of this scenario, and every CAPTCHA call that uses it will fail. This cannot be undone.",
    sceneId: term.scenarioId,
    typeToConfirm: "Type <id>{sceneId}</id> to confirm.",
    acknowledge:
      "I understand that the scenario and all of its historical data will be permanently deleted and that CAPTCHA calls using it will fail.",
  },
  heading: {
    back: `← ${term.scenarios}`,
    notFound: "Scenario not found",
    notFoundText: "This scenario does not exist in your organization, or it was deleted.",
  },
};

const zh = GLOSSARY["zh-CN"];

export const zhCN: Shape<typeof en> = {
  title: zh.scenarios,
  description: `场景记录了一个受保护业务的${zh.integrationMethod}、${zh.verificationType}和${zh.ruleStatus}，并提供客户端调用验证码时传入的${zh.scenarioId}。`,
  create: "新建场景",
  testModeTip: `新建的场景建议先设为<strong>${zh.testMode}</strong>：只检测连通性并返回您配置的结果，您自己的测试不会被识别为机器流量。接入全流程调通后，再切换为${zh.officialRelease}。`,
  emptyTitle: "暂无场景",
  emptyText: `在验证场景中，您可以选择验证码的${zh.integrationMethod}（Web/H5、App的WebView或微信小程序）、用户看到的验证形态，以及是否处于${zh.testMode}状态。每个场景都有一个${zh.scenarioId}，用于填写到客户端代码中。`,
  viewerCannotCreate: `${zh.viewer}无法创建场景。请联系管理员授予“${zh.member}”角色。`,
  noMatch: "没有符合筛选条件的场景。",
  noun: { one: "个场景", other: "个场景" },
  filters: {
    label: "筛选场景",
    search: "搜索场景",
    searchPlaceholder: `${zh.scenarioName}或${zh.scenarioId}`,
    method: "方式",
    type: "形态",
    status: "状态",
  },
  table: {
    name: zh.scenarioName,
    sceneId: zh.scenarioId,
    integrationMethod: zh.integrationMethod,
    verificationType: zh.verificationType,
    ruleStatus: zh.ruleStatus,
    created: "创建时间",
    actions: "操作",
    copySceneId: `${zh.scenarioId} {sceneId}`,
    takesEffectAt: `${zh.officialRelease}（{time} 生效）`,
    additionalChallenge: `${zh.additionalChallenge}：{challenge}`,
    integrationGuide: zh.integrationGuide,
    modify: "修改",
    customPolicy: zh.customPolicy,
    delete: "删除",
  },
  form: {
    name: zh.scenarioName,
    nameHint: "1–{max} 个字符：汉字、字母、数字和下划线（_）。",
    integrationMethod: zh.integrationMethod,
    methodLockedCreate: `${zh.integrationMethod}创建后不可修改。如果选错，请删除该场景后重新创建。`,
    methodLockedModify: `${zh.integrationMethod}不可修改。如需使用其他${zh.integrationMethod}，请新建场景。`,
    verificationType: zh.verificationType,
    invisiblePopupOnly: `${zh.invisibleCaptcha}仅支持弹出式（popup），不支持嵌入式（embed）。`,
    additionalChallenge: zh.additionalChallenge,
    additionalChallengePlaceholder: `请选择${zh.invisibleCaptcha}不通过时展示的${zh.additionalChallenge}`,
    ruleStatus: zh.ruleStatus,
    propagationDelay: `从${zh.testMode}切换为${zh.officialRelease}需经过约5分钟的生效延迟；生效时间显示在列表中。`,
    testResult: zh.testResult,
    testResultPlaceholder: `请选择${zh.testMode}状态下返回的结果`,
    chooseChallengeFirst: `请先选择${zh.additionalChallenge}`,
    cancel: "取消",
    ok: "确定",
    saving: "保存中…",
  },
  modify: {
    title: "修改场景",
    loading: "加载中…",
    sceneId: zh.scenarioId,
  },
  delete: {
    title: "确认删除",
    ok: "确定",
    warning: "删除<strong>{name}</strong>将永久删除该场景的所有历史数据，所有使用该场景的验证码调用都会失败。此操作不可撤销。",
    sceneId: zh.scenarioId,
    typeToConfirm: "请输入 <id>{sceneId}</id> 以确认。",
    acknowledge: "我了解该场景及其所有历史数据将被永久删除，且使用该场景的验证码调用将会失败。",
  },
  heading: {
    back: `← ${zh.scenarios}`,
    notFound: "场景不存在",
    notFoundText: "您的组织中不存在该场景，或该场景已被删除。",
  },
};
