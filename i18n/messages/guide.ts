import { CODE_COMMENTS } from "../../server/guide/snippets";
import { TEST_OUTCOMES } from "../../server/verification/test-mode";
import { VERIFY_CODES, type VerifyCode } from "../../server/verification/codes";
import { DEFAULT_LANGUAGE } from "../../widget/options";
import { LANGUAGE_NAMES } from "../../widget/texts";
import { GLOSSARY } from "../glossary";
import type { Shape } from "./shape";

const term = GLOSSARY.en;

/**
 * The integration guide's prose. The code samples stay code (server/guide/snippets.ts); their
 * titles are here by the sample's id. The verification codes' table and the Test Mode outcomes in
 * English are the server's own tables (server/verification/), taken from there.
 */
const codes = Object.fromEntries(VERIFY_CODES.map(({ code, meaning, advice }) => [code, { meaning, advice }])) as Record<
  VerifyCode,
  { meaning: string; advice: string }
>;

export const en = {
  title: term.integrationGuide,
  description: "{name}: {method}, {type}. Every value below is this scenario's own.",
  steps: {
    prerequisites: "Prerequisites",
    client: "Client integration",
    server: "Server-side validation",
    testing: "Testing",
  },
  values: { identityPrefix: term.identityPrefix, sceneId: term.scenarioId, server: "Server" },
  prerequisites: {
    prefix:
      "The <strong>identity prefix</strong> identifies your organization to the client script; it is also shown on the Overview page.",
    accessKey:
      "Your business server needs an <strong>access key</strong> (AccessKey ID and secret) to call the verification API. Owners and admins create them on the <link>Access Keys</link> page; the secret is shown once, so keep it on your server.",
    oneScenario:
      "One Scenario ID can serve several services, as long as they all use the same integration method ({method}). Services with different integration methods need separate scenarios.",
  },
  client: {
    web: "Load the client script from this server (<code>{url}</code>) instead of Alibaba Cloud's CDN; everything else keeps Captcha 2.0's names.",
    webModes:
      "Choose pop-up mode (the challenge opens over the page when the button is clicked) or embedded mode (the challenge sits inside the element).",
    webInvisible:
      "Invisible CAPTCHA supports pop-up (popup) mode only: low-risk visitors see nothing at all, and a risky visitor's additional challenge opens in a pop-up, so there is nothing to embed in the page.",
    webview:
      "Apps and mini programs have no native SDK: host the H5 page below on your own HTTPS server, open it in a WebView or web-view, and read the verification parameter through the bridge of your platform.",
    wechat:
      "Declare Captcha 2.0's plugin in your mini program and use its component. Add <code>{endpoint}</code> to the mini program's request domains so the plugin can reach this server.",
    wechatNoPolicy: "Custom policies are not available for the WeChat Mini Program Native Plugin integration method.",
    language:
      '<code>language</code> sets the language of the challenge\'s texts; the samples use <code>"{language}"</code>, the language of this console. Without it the widget speaks Chinese (<code>"{fallback}"</code>), as Alibaba Cloud\'s does, and so does a code it does not know (with an error in the browser\'s console). Arabic is laid out right to left.',
    widgetLanguages: "Widget languages",
    upLang: "<code>upLang</code> replaces any of the texts, per language, for example <code>{example}</code>. Its keys: {keys}.",
    proofOfWork:
      "While the person looks at the challenge, the script solves a small <strong>proof of work</strong> in a Web Worker (a fraction of a second on a phone; more in Attack and Defense Mode or when traffic surges), so every attempt costs a script computing time. If your page sends a Content-Security-Policy, allow the script, its calls, its pictures and the worker:",
    withoutWorker: "Without worker-src blob: the proof of work still runs, on the page itself, and takes a little longer.",
  },
  server: {
    text: "Before acting on a request, your business server calls <code>VerifyIntelligentCaptcha</code> (API version 2023-03-05) on this server with an access key, passing the <code>captchaVerifyParam</code> unmodified. Alibaba Cloud's official SDKs work as they are: set the endpoint to <code>{endpoint}</code>. Continue only when <code>Result.VerifyResult</code> is true; <code>Result.VerifyCode</code> says why.",
    codesCaption: "Verification codes (Result.VerifyCode)",
    columns: { code: "Code", result: "Result", meaning: "Meaning", advice: "What to do" },
    pass: "Pass",
    fail: "Fail",
    codes,
  },
  testing: {
    testMode: `This scenario is in <strong>${term.testMode}</strong> with the test result <strong>{result}</strong>: no risk checks run. {whatHappens} Expect <code>VerifyResult</code> <code>{verifyResult}</code> with <code>VerifyCode</code> <codeStrong>{verifyCode}</codeStrong>.`,
    outcomes: {
      PASS_VERIFICATION: TEST_OUTCOMES.PASS_VERIFICATION.whatHappens,
      FAIL_VERIFICATION: TEST_OUTCOMES.FAIL_VERIFICATION.whatHappens,
      PASS_INVISIBLE: TEST_OUTCOMES.PASS_INVISIBLE.whatHappens,
      FAIL_INVISIBLE_PASS_CHALLENGE: TEST_OUTCOMES.FAIL_INVISIBLE_PASS_CHALLENGE.whatHappens,
      FAIL_INVISIBLE_AND_CHALLENGE: TEST_OUTCOMES.FAIL_INVISIBLE_AND_CHALLENGE.whatHappens,
      FAIL_INVISIBLE: TEST_OUTCOMES.FAIL_INVISIBLE.whatHappens,
    },
    officialRelease: `This scenario is in <strong>${term.officialRelease}</strong>: every verification runs the full risk assessment and returns a real result (T001 when passed). To test your integration without being flagged as a bot, switch it to ${term.testMode} and choose a test result: a passing one returns <codeStrong>T005</codeStrong>, a failing one <codeStrong>F004</codeStrong>.`,
    goLive: `Once the integration works end to end, switch the scenario to <strong>${term.officialRelease}</strong> (${term.scenarios} → Modify). The switch takes effect after a propagation delay of about 5 minutes.`,
  },
  samples: {
    popup: "Pop-up mode (popup)",
    embed: "Embedded mode (embed)",
    h5Page: "The H5 page to host on your HTTPS server",
    android: "Android (WebView with a JavaScript interface)",
    ios: "iOS (WKWebView message handler)",
    miniProgram: "WeChat or Alipay mini program (web-view)",
    appJson: "app.json: declare the plugin",
    component: "Use the component on a page",
    node: "Node.js (@alicloud/captcha20230305)",
    java: "Java",
    python: "Python",
    go: "Go",
    php: "PHP",
    curl: "curl (plain JSON)",
  },
  widgetLanguageNames: { ...LANGUAGE_NAMES } as Record<keyof typeof LANGUAGE_NAMES, string>,
  codeComments: CODE_COMMENTS,
};

const zh = GLOSSARY["zh-CN"];

export const zhCN: Shape<typeof en> = {
  title: zh.integrationGuide,
  description: "{name}：{method}，{type}。以下所有值均为该场景专属。",
  steps: {
    prerequisites: "准备工作",
    client: "客户端接入",
    server: "服务端验证",
    testing: "测试",
  },
  values: { identityPrefix: zh.identityPrefix, sceneId: zh.scenarioId, server: "服务地址" },
  prerequisites: {
    prefix: `<strong>${zh.identityPrefix}</strong>用于向客户端脚本标识您的组织，也显示在${zh.overview}页面上。`,
    accessKey: `您的业务服务器需要一个<strong>AccessKey</strong>（AccessKey ID和Secret）才能调用验证接口。所有者和管理员可在<link>${zh.accessKeys}</link>页面创建；Secret仅显示一次，请妥善保存在服务器上。`,
    oneScenario: `一个${zh.scenarioId}可以用于多个业务，只要它们使用相同的${zh.integrationMethod}（{method}）。${zh.integrationMethod}不同的业务需要分别创建场景。`,
  },
  client: {
    web: "从本服务器加载客户端脚本（<code>{url}</code>），而不是阿里云的CDN；其余名称均与验证码2.0保持一致。",
    webModes: "可选择弹出式（点击按钮后验证码浮现在页面上方）或嵌入式（验证码显示在指定元素内）。",
    webInvisible: `${zh.invisibleCaptcha}仅支持弹出式（popup）：低风险访客完全无感，有风险的访客会在弹窗中看到${zh.additionalChallenge}，因此页面中没有需要嵌入的内容。`,
    webview:
      "App和小程序没有原生SDK：请将下面的H5页面部署在您自己的HTTPS服务器上，在WebView或web-view中打开，并通过所在平台的桥接方法读取验证参数。",
    wechat: "在小程序中声明验证码2.0的插件并使用其组件。将 <code>{endpoint}</code> 添加到小程序的request合法域名，以便插件访问本服务器。",
    wechatNoPolicy: `微信小程序原生插件${zh.integrationMethod}不支持${zh.customPolicy}。`,
    language:
      '<code>language</code> 参数设置验证码文字的语言；示例代码使用 <code>"{language}"</code>，即本控制台的语言。不设置时，组件与阿里云一样显示中文（<code>"{fallback}"</code>）；遇到不认识的语言代码时也显示中文（并在浏览器控制台中报错）。阿拉伯语从右向左排版。',
    widgetLanguages: "组件支持的语言",
    upLang: "<code>upLang</code> 可按语言替换任意文字，例如 <code>{example}</code>。可替换的键：{keys}。",
    proofOfWork: `在用户查看验证码的同时，脚本会在Web Worker中完成一个小型<strong>工作量证明</strong>（在手机上不到一秒；${zh.attackAndDefenseMode}下或流量激增时会更久），使脚本的每次尝试都要付出计算时间。如果您的页面设置了Content-Security-Policy，请允许该脚本、它的请求、图片和Worker：`,
    withoutWorker: "如果没有 worker-src blob:，工作量证明仍会在页面本身上运行，只是稍慢一些。",
  },
  server: {
    text: "在处理请求之前，您的业务服务器使用AccessKey调用本服务器的 <code>VerifyIntelligentCaptcha</code>（API版本2023-03-05），原样传入 <code>captchaVerifyParam</code>。阿里云官方SDK可直接使用：将endpoint设置为 <code>{endpoint}</code>。仅当 <code>Result.VerifyResult</code> 为true时继续处理；<code>Result.VerifyCode</code> 说明原因。",
    codesCaption: "验证结果码（Result.VerifyCode）",
    columns: { code: "结果码", result: "结果", meaning: "含义", advice: "处理建议" },
    pass: "通过",
    fail: "不通过",
    codes: {
      T001: { meaning: "验证通过。", advice: "继续处理请求。" },
      T005: { meaning: `${zh.testMode}状态：场景配置为通过。`, advice: `接入正常。上线前请将场景切换为${zh.officialRelease}。` },
      F001: {
        meaning: "疑似攻击：未通过风险策略。",
        advice: `拒绝请求。如果真实用户被拒绝，请检查SceneId是否一致，并考虑使用${zh.basicMode}。`,
      },
      F002: { meaning: "CaptchaVerifyParam为空。", advice: "原样传入客户端success回调收到的captchaVerifyParam。" },
      F003: { meaning: "CaptchaVerifyParam格式错误。", advice: "按客户端生成的原样转发该参数，不要重新编码。" },
      F004: {
        meaning: `${zh.testMode}状态：场景配置为不通过。`,
        advice: `确认您的失败处理逻辑正常，然后修改${zh.testResult}或切换为${zh.officialRelease}。`,
      },
      F005: { meaning: `${zh.scenarioId}不存在（或已删除）。`, advice: `使用控制台中显示的${zh.scenarioId}。` },
      F006: { meaning: `${zh.scenarioId}与AccessKey属于不同的组织。`, advice: "使用场景所属组织的AccessKey。" },
      F007: { meaning: "验证请求来得太晚。", advice: "请用户重新完成验证；在客户端验证成功后立即进行服务端验证。" },
      F008: { meaning: "同一个验证参数被重复提交。", advice: "每个验证参数只能验证一次。请拒绝请求，切勿用同一参数重试。" },
      F009: { meaning: `检测到模拟器或虚拟设备（${zh.customPolicy}）。`, advice: `拒绝请求，或为该场景关闭“${zh.blockEmulatedDevices}”。` },
      F010: { meaning: `同一IP超出访问频次限制（${zh.customPolicy}）。`, advice: "拒绝请求；如果真实用户触发了限制，请调高IP上限。" },
      F011: { meaning: `同一设备超出访问频次限制（${zh.customPolicy}）。`, advice: "拒绝请求；如果真实用户触发了限制，请调高设备上限。" },
      F012: { meaning: "SceneId与CaptchaVerifyParam中的场景不一致。", advice: `服务端与客户端请传入相同的${zh.scenarioId}。` },
      F013: { meaning: "CaptchaVerifyParam缺少字段。", advice: "原样完整地转发该参数。" },
      F014: { meaning: "没有初始化记录：距初始化已超过20分钟，或从未初始化。", advice: "请用户重新完成验证。" },
      F015: { meaning: "交互错误（例如拼图块位置不对）。", advice: "拒绝请求；组件会让用户重试。" },
      F016: { meaning: `${zh.urlVerification}未通过（${zh.customPolicy}）。`, advice: `对照页面URL检查“${zh.urlVerification}”设置。` },
      F017: { meaning: "疑似攻击：协议或参数异常。", advice: "拒绝请求。请确保客户端脚本从本服务器原样加载。" },
      F024: {
        meaning: `检测到模拟点击或滑动：由脚本触发的事件（${zh.customPolicy}）。`,
        advice: `拒绝请求；如果您自己的页面会模拟触摸（例如触摸模拟器），请关闭“${zh.blockSimulatedClicks}”。`,
      },
    },
  },
  testing: {
    testMode: `该场景处于<strong>${zh.testMode}</strong>状态，${zh.testResult}为<strong>{result}</strong>：不进行任何风险检测。{whatHappens}预期 <code>VerifyResult</code> 为 <code>{verifyResult}</code>，<code>VerifyCode</code> 为 <codeStrong>{verifyCode}</codeStrong>。`,
    outcomes: {
      PASS_VERIFICATION: "展示验证码，每次验证都通过。",
      FAIL_VERIFICATION: "展示验证码，每次验证都不通过。",
      PASS_INVISIBLE: `${zh.invisibleCaptcha}通过，不展示验证码。`,
      FAIL_INVISIBLE_PASS_CHALLENGE: `${zh.invisibleCaptcha}不通过，出现${zh.additionalChallenge}，完成后验证通过。`,
      FAIL_INVISIBLE_AND_CHALLENGE: `${zh.invisibleCaptcha}不通过，出现${zh.additionalChallenge}，验证不通过。`,
      FAIL_INVISIBLE: `${zh.invisibleCaptcha}不通过，验证不通过。`,
    },
    officialRelease: `该场景处于<strong>${zh.officialRelease}</strong>状态：每次验证都进行完整的风险评估并返回真实结果（通过时为T001）。如需测试接入而不被识别为机器人，请将其切换为${zh.testMode}并选择${zh.testResult}：通过时返回 <codeStrong>T005</codeStrong>，不通过时返回 <codeStrong>F004</codeStrong>。`,
    goLive: `接入全流程调通后，请将场景切换为<strong>${zh.officialRelease}</strong>（${zh.scenarios} → 修改）。切换需经过约5分钟的生效延迟。`,
  },
  samples: {
    popup: "弹出式（popup）",
    embed: "嵌入式（embed）",
    h5Page: "部署在您HTTPS服务器上的H5页面",
    android: "Android（带JavaScript接口的WebView）",
    ios: "iOS（WKWebView消息处理）",
    miniProgram: "微信或支付宝小程序（web-view）",
    appJson: "app.json：声明插件",
    component: "在页面中使用组件",
    node: "Node.js（@alicloud/captcha20230305）",
    java: "Java",
    python: "Python",
    go: "Go",
    php: "PHP",
    curl: "curl（纯JSON）",
  },
  widgetLanguageNames: {
    cn: "简体中文",
    tw: "繁体中文",
    en: "英语",
    ar: "阿拉伯语",
    de: "德语",
    es: "西班牙语",
    fr: "法语",
    in: "印度尼西亚语",
    it: "意大利语",
    ja: "日语",
    ko: "韩语",
    pt: "葡萄牙语",
    ru: "俄语",
    ms: "马来语",
    th: "泰语",
    tr: "土耳其语",
    vi: "越南语",
  },
  codeComments: {
    language: `不设置时组件显示中文（"${DEFAULT_LANGUAGE}"），与阿里云一致`,
    beforeScript: "1. 在脚本之前：指定服务器和组织（身份标）。",
    clientScript: "2. 客户端脚本，由本服务器提供。请尽早加载，每个页面只加载一次。",
    renderPopup: "3. 验证码的渲染位置（弹窗挂载在此处）和触发按钮。",
    renderEmbed: "3. 验证码的渲染位置（内嵌在此元素中）和触发按钮。",
    initializeOnce: "4. 每个页面初始化一次；再次初始化前请先调用 captcha.destroyCaptcha()。",
    passed: "验证通过：将验证参数发送到您的服务器进行验证（见本指引第3步）。",
    notPassed: "验证未通过；组件会让用户重试。",
    bridges: "仅在微信或支付宝小程序中需要：它们的web-view桥接脚本。",
    deliver: "将验证参数交给承载此页面的App。",
    android: 'Android：向H5页面暴露 "testInterface" 的WebView。',
    androidCallback: "验证成功时由页面调用：将captchaVerifyParam发送到您的服务器进行验证。",
    ios: 'iOS：页面将验证参数发送给 "getCaptchaVerifyParam" 处理器的WKWebView。',
    sendToServer: "将captchaVerifyParam发送到您的服务器进行验证。",
    handBack: "pages/captcha/captcha.js：将验证参数交还给打开此页面的页面。",
    everyMessage: "页面打开以来的所有postMessage",
    openingPage: "打开验证页面的页面：",
    endpoint: "本服务器，而非 captcha.cn-shanghai.aliyuncs.com",
    unmodified: "与客户端success回调收到的完全一致",
    tellsWhy: '说明原因，例如 "T001" 或 "F008"。',
    withoutSdk: "不使用SDK：以纯JSON进行同样的验证，使用AccessKey认证。",
  },
};
