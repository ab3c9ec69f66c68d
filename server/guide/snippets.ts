import { DEFAULT_LANGUAGE } from "../../widget/options";
import type { IntegrationMethod, VerificationType } from "../scenario/rules";

/**
 * Every code sample of the integration guide, in one place, filled with the scenario's own values.
 * They follow the runtime contract of this server, which keeps Captcha 2.0's names (client:
 * AliyunCaptchaConfig / initAliyunCaptcha; server: VerifyIntelligentCaptcha, API 2023-03-05), so
 * an existing integration only changes the script URL and the API endpoint. Tests execute them.
 */
export interface GuideContext {
  sceneId: string;
  prefix: string;
  /** This server, e.g. "https://captcha.example.com" (no trailing slash). */
  baseUrl: string;
  integrationMethod: IntegrationMethod;
  verificationType: VerificationType;
  /** The widget's language code (cn, tw, en, …) for the snippets: the reader's (server/guide/language.ts). */
  language: string;
  /** The comments inside the code, in the reader's language (i18n/messages/guide.ts); English without. */
  comments?: CodeComments;
}

/** Names a sample for the guide's own texts (its title in the reader's language). */
export type CodeSampleId =
  | "popup"
  | "embed"
  | "h5Page"
  | "android"
  | "ios"
  | "miniProgram"
  | "appJson"
  | "component"
  | "node"
  | "java"
  | "python"
  | "go"
  | "php"
  | "curl";

export interface CodeSample {
  id: CodeSampleId;
  title: string;
  language: "html" | "javascript" | "java" | "swift" | "python" | "go" | "php" | "json" | "bash";
  code: string;
}

/** Where the client script is served (instead of Alibaba Cloud's CDN). */
export const clientScriptUrl = (baseUrl: string) => `${baseUrl}/captcha/AliyunCaptcha.js`;
/** The plain JSON verification endpoint, for integrations without an SDK. */
export const jsonVerifyUrl = (baseUrl: string) => `${baseUrl}/api/v1/verify`;

/**
 * What a page with its own Content-Security-Policy must allow for the client script: loading it
 * and calling this server (script-src, connect-src), its pictures (data: images), its styles
 * (one <style> element), and the proof of work's Web Worker, which starts from a blob: URL because
 * a worker script from another origin cannot be started from the customer's page. Without
 * worker-src blob: the work still gets done, on the page's main thread in small slices.
 */
export const contentSecurityPolicyFor = (baseUrl: string) =>
  `script-src 'self' ${baseUrl}; connect-src 'self' ${baseUrl}; img-src 'self' data:; style-src 'self' 'unsafe-inline'; worker-src blob:`;

/** What the SDKs call "endpoint" (host and port) and "protocol" for this server. */
export function sdkEndpoint(baseUrl: string) {
  const url = new URL(baseUrl);
  return { endpoint: url.host, protocol: url.protocol.replace(":", "") as "http" | "https" };
}

/**
 * The comments inside the samples, in English. The guide passes them in the reader's language
 * (GuideContext.comments); the code itself never changes with the language.
 */
export const CODE_COMMENTS = {
  /** Why `language` is in every snippet: without it the widget falls back to Chinese. */
  language: `without it the widget speaks Chinese ("${DEFAULT_LANGUAGE}"), as Alibaba's does`,
  beforeScript: "1. Before the script: which server and which organization (identity prefix).",
  clientScript: "2. The client script, served by this server. Load it early, once per page.",
  renderPopup: "3. Where the CAPTCHA renders (its pop-up is attached here) and what triggers it.",
  renderEmbed: "3. Where the CAPTCHA renders (inline, in this element) and what triggers it.",
  initializeOnce: "4. Initialize once per page; call captcha.destroyCaptcha() before initializing again.",
  passed: "Passed: send the token to your server, which verifies it (step 3 of this guide).",
  notPassed: "Not passed; the widget lets the person try again.",
  bridges: "Only inside WeChat or Alipay mini programs: their web-view bridges.",
  deliver: "Hands the token to whichever app is hosting this page.",
  android: 'Android: a WebView that exposes "testInterface" to the H5 page.',
  androidCallback: "Called by the page on success: send captchaVerifyParam to your server for verification.",
  ios: 'iOS: a WKWebView whose page posts the token to the "getCaptchaVerifyParam" handler.',
  sendToServer: "Send captchaVerifyParam to your server for verification.",
  handBack: "pages/captcha/captcha.js: hands the token back to the page that opened this one.",
  everyMessage: "every postMessage since the page opened",
  openingPage: "The opening page:",
  endpoint: "this server instead of captcha.cn-shanghai.aliyuncs.com",
  unmodified: "exactly as the client's success callback received it",
  tellsWhy: 'tells why, e.g. "T001" or "F008".',
  withoutSdk: "Without an SDK: the same verification as plain JSON, authenticated with the access key.",
};
export type CodeComments = Record<keyof typeof CODE_COMMENTS, string>;

/** Invisible CAPTCHA shows nothing until its additional challenge pops up: popup mode only. */
export const supportsEmbedMode = (type: VerificationType) => type !== "INVISIBLE";

function webPage(context: GuideContext, mode: "popup" | "embed") {
  const c = context.comments ?? CODE_COMMENTS;
  return `<!-- ${c.beforeScript} -->
<script>
  window.AliyunCaptchaConfig = { region: "cn", prefix: "${context.prefix}" };
</script>
<!-- ${c.clientScript} -->
<script src="${clientScriptUrl(context.baseUrl)}"></script>

<!-- ${mode === "popup" ? c.renderPopup : c.renderEmbed} -->
<div id="captcha-element"></div>
<button id="captcha-button" type="button">Sign in</button>

<script>
  let captcha;
  // ${c.initializeOnce}
  window.initAliyunCaptcha({
    SceneId: "${context.sceneId}",
    mode: "${mode}",
    element: "#captcha-element",
    button: "#captcha-button",
    success: async function (captchaVerifyParam) {
      // ${c.passed}
      const response = await fetch("/api/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ captchaVerifyParam }),
      });
      if (!response.ok) captcha.refresh();
    },
    fail: function (result) {
      // ${c.notPassed}
      console.warn("CAPTCHA not passed", result);
    },
    getInstance: function (instance) {
      captcha = instance;
    },
    onError: function (error) {
      console.error("CAPTCHA could not load", error);
    },
    slideStyle: { width: 360, height: 40 },
    language: "${context.language}", // ${c.language}
  });
</script>`;
}

export function webSamples(context: GuideContext): CodeSample[] {
  const samples: CodeSample[] = [{ id: "popup", title: "Pop-up mode (popup)", language: "html", code: webPage(context, "popup") }];
  if (supportsEmbedMode(context.verificationType)) {
    samples.push({ id: "embed", title: "Embedded mode (embed)", language: "html", code: webPage(context, "embed") });
  }
  return samples;
}

/** The H5 page an app or mini program opens in its WebView, and the bridges that read its token. */
export function webviewSamples(context: GuideContext): CodeSample[] {
  const c = context.comments ?? CODE_COMMENTS;
  const page = `<!doctype html>
<html>
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script>
    window.AliyunCaptchaConfig = { region: "cn", prefix: "${context.prefix}" };
  </script>
  <script src="${clientScriptUrl(context.baseUrl)}"></script>
  <!-- ${c.bridges} -->
  <script src="https://res.wx.qq.com/open/js/jweixin-1.6.0.js"></script>
  <script src="https://appx/web-view.min.js"></script>
</head>
<body>
  <div id="captcha-element"></div>
  <button id="captcha-button" type="button">Verify</button>
  <script>
    // ${c.deliver}
    function deliver(captchaVerifyParam) {
      if (window.testInterface) {
        window.testInterface.getCaptchaVerifyParam(captchaVerifyParam); // Android
      } else if (window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.getCaptchaVerifyParam) {
        window.webkit.messageHandlers.getCaptchaVerifyParam.postMessage(captchaVerifyParam); // iOS
      } else if (window.wx && window.wx.miniProgram) {
        wx.miniProgram.postMessage({ data: { captchaVerifyParam } }); // WeChat mini program
        wx.miniProgram.navigateBack();
      } else if (window.my && window.my.postMessage) {
        my.postMessage({ captchaVerifyParam }); // Alipay mini program
      }
    }

    window.initAliyunCaptcha({
      SceneId: "${context.sceneId}",
      mode: "popup",
      element: "#captcha-element",
      button: "#captcha-button",
      success: deliver,
      fail: function (result) { console.warn("CAPTCHA not passed", result); },
      getInstance: function (instance) { window.captcha = instance; },
      language: "${context.language}", // ${c.language}
    });
  </script>
</body>
</html>`;
  const android = `// ${c.android}
WebView webView = findViewById(R.id.captcha_webview);
webView.getSettings().setJavaScriptEnabled(true);
webView.addJavascriptInterface(new Object() {
    @JavascriptInterface
    public void getCaptchaVerifyParam(String captchaVerifyParam) {
        // ${c.androidCallback}
        runOnUiThread(() -> onCaptchaPassed(captchaVerifyParam));
    }
}, "testInterface");
webView.loadUrl("https://your-domain.example/captcha.html");`;
  const ios = `// ${c.ios}
import WebKit

class CaptchaViewController: UIViewController, WKScriptMessageHandler {
    override func viewDidLoad() {
        super.viewDidLoad()
        let contentController = WKUserContentController()
        contentController.add(self, name: "getCaptchaVerifyParam")
        let configuration = WKWebViewConfiguration()
        configuration.userContentController = contentController
        let webView = WKWebView(frame: view.bounds, configuration: configuration)
        view.addSubview(webView)
        webView.load(URLRequest(url: URL(string: "https://your-domain.example/captcha.html")!))
    }

    func userContentController(_ controller: WKUserContentController, didReceive message: WKScriptMessage) {
        guard message.name == "getCaptchaVerifyParam", let captchaVerifyParam = message.body as? String else { return }
        // ${c.sendToServer}
        onCaptchaPassed(captchaVerifyParam)
    }
}`;
  const miniProgram = `<!-- WeChat mini program: pages/captcha/captcha.wxml -->
<web-view src="https://your-domain.example/captcha.html" bindmessage="onMessage"></web-view>

// ${c.handBack}
Page({
  onMessage(event) {
    const messages = event.detail.data; // ${c.everyMessage}
    const { captchaVerifyParam } = messages[messages.length - 1];
    this.getOpenerEventChannel().emit("captchaVerified", { captchaVerifyParam });
  },
});

// ${c.openingPage}
wx.navigateTo({
  url: "/pages/captcha/captcha",
  events: {
    captchaVerified({ captchaVerifyParam }) {
      // ${c.sendToServer}
    },
  },
});

<!-- Alipay mini program: <web-view src="https://your-domain.example/captcha.html" onMessage="onMessage" />;
     there the token arrives as event.detail.captchaVerifyParam. -->`;
  return [
    { id: "h5Page", title: "The H5 page to host on your HTTPS server", language: "html", code: page },
    { id: "android", title: "Android (WebView with a JavaScript interface)", language: "java", code: android },
    { id: "ios", title: "iOS (WKWebView message handler)", language: "swift", code: ios },
    { id: "miniProgram", title: "WeChat or Alipay mini program (web-view)", language: "javascript", code: miniProgram },
  ];
}

/** Captcha 2.0's WeChat plugin, declared once in app.json and used as a component. */
export function wechatPluginSamples(context: GuideContext): CodeSample[] {
  const c = context.comments ?? CODE_COMMENTS;
  const appJson = `{
  "plugins": {
    "AliyunCaptcha": {
      "version": "2.0.0",
      "provider": "wxbe275ff84246f1a4"
    }
  }
}`;
  const component = `<!-- pages/sign-in/sign-in.json: { "usingComponents": { "aliyun-captcha": "plugin://AliyunCaptcha/captcha" } } -->
<!-- pages/sign-in/sign-in.wxml -->
<aliyun-captcha id="captcha-element" wx:if="{{loadCaptcha}}" props="{{pluginProps}}" />

// pages/sign-in/sign-in.js
Page({
  data: {
    loadCaptcha: true,
    pluginProps: {
      SceneId: "${context.sceneId}",
      prefix: "${context.prefix}",
      region: "cn",
      server: ["${new URL(context.baseUrl).host}"],
      mode: "popup",
      language: "${context.language}", // ${c.language}
      success(captchaVerifyParam) {
        // ${c.sendToServer}
      },
      fail(result) {
        console.warn("CAPTCHA not passed", result);
      },
    },
  },
});`;
  return [
    { id: "appJson", title: "app.json: declare the plugin", language: "json", code: appJson },
    { id: "component", title: "Use the component on a page", language: "javascript", code: component },
  ];
}

export function clientSamples(context: GuideContext): CodeSample[] {
  switch (context.integrationMethod) {
    case "WEB_H5":
      return webSamples(context);
    case "WEBVIEW_H5":
      return webviewSamples(context);
    case "WECHAT_NATIVE_PLUGIN":
      return wechatPluginSamples(context);
  }
}

/** VerifyIntelligentCaptcha with Alibaba Cloud's official SDKs, pointed at this server. */
export function serverSamples(context: Omit<GuideContext, "language">): CodeSample[] {
  const { endpoint, protocol } = sdkEndpoint(context.baseUrl);
  const { sceneId } = context;
  const c = context.comments ?? CODE_COMMENTS;
  const node = `// npm install @alicloud/captcha20230305 @alicloud/openapi-client
const Captcha = require("@alicloud/captcha20230305");
const { Config } = require("@alicloud/openapi-client");

const client = new Captcha.default(
  new Config({
    accessKeyId: process.env.CAPTCHA_ACCESS_KEY_ID,
    accessKeySecret: process.env.CAPTCHA_ACCESS_KEY_SECRET,
    endpoint: "${endpoint}", // ${c.endpoint}
    protocol: "${protocol}",
  }),
);

async function verifyCaptcha(captchaVerifyParam) {
  const request = new Captcha.VerifyIntelligentCaptchaRequest({
    captchaVerifyParam, // ${c.unmodified}
    sceneId: "${sceneId}",
  });
  const response = await client.verifyIntelligentCaptcha(request);
  const { verifyResult, verifyCode } = response.body.result;
  return { passed: verifyResult === true, verifyCode };
}

module.exports = { verifyCaptcha };`;
  const java = `// Maven: com.aliyun:captcha20230305
import com.aliyun.captcha20230305.Client;
import com.aliyun.captcha20230305.models.VerifyIntelligentCaptchaRequest;
import com.aliyun.captcha20230305.models.VerifyIntelligentCaptchaResponse;
import com.aliyun.teaopenapi.models.Config;

public class CaptchaVerifier {
    private final Client client;

    public CaptchaVerifier() throws Exception {
        Config config = new Config()
            .setAccessKeyId(System.getenv("CAPTCHA_ACCESS_KEY_ID"))
            .setAccessKeySecret(System.getenv("CAPTCHA_ACCESS_KEY_SECRET"))
            .setEndpoint("${endpoint}")
            .setProtocol("${protocol.toUpperCase()}");
        this.client = new Client(config);
    }

    public boolean verify(String captchaVerifyParam) throws Exception {
        VerifyIntelligentCaptchaRequest request = new VerifyIntelligentCaptchaRequest()
            .setCaptchaVerifyParam(captchaVerifyParam)
            .setSceneId("${sceneId}");
        VerifyIntelligentCaptchaResponse response = client.verifyIntelligentCaptcha(request);
        // response.getBody().getResult().getVerifyCode() ${c.tellsWhy}
        return Boolean.TRUE.equals(response.getBody().getResult().getVerifyResult());
    }
}`;
  const python = `# pip install alibabacloud_captcha20230305
import os
from alibabacloud_captcha20230305.client import Client
from alibabacloud_captcha20230305 import models as captcha_models
from alibabacloud_tea_openapi import models as open_api_models

client = Client(open_api_models.Config(
    access_key_id=os.environ["CAPTCHA_ACCESS_KEY_ID"],
    access_key_secret=os.environ["CAPTCHA_ACCESS_KEY_SECRET"],
    endpoint="${endpoint}",
    protocol="${protocol}",
))

def verify_captcha(captcha_verify_param: str) -> bool:
    request = captcha_models.VerifyIntelligentCaptchaRequest(
        captcha_verify_param=captcha_verify_param,
        scene_id="${sceneId}",
    )
    response = client.verify_intelligent_captcha(request)
    # response.body.result.verify_code ${c.tellsWhy}
    return response.body.result.verify_result is True`;
  const go = `// go get github.com/alibabacloud-go/captcha-20230305/client
package captcha

import (
	"os"

	captcha "github.com/alibabacloud-go/captcha-20230305/client"
	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	"github.com/alibabacloud-go/tea/tea"
)

func Verify(captchaVerifyParam string) (bool, string, error) {
	client, err := captcha.NewClient(&openapi.Config{
		AccessKeyId:     tea.String(os.Getenv("CAPTCHA_ACCESS_KEY_ID")),
		AccessKeySecret: tea.String(os.Getenv("CAPTCHA_ACCESS_KEY_SECRET")),
		Endpoint:        tea.String("${endpoint}"),
		Protocol:        tea.String("${protocol.toUpperCase()}"),
	})
	if err != nil {
		return false, "", err
	}
	response, err := client.VerifyIntelligentCaptcha(&captcha.VerifyIntelligentCaptchaRequest{
		CaptchaVerifyParam: tea.String(captchaVerifyParam),
		SceneId:            tea.String("${sceneId}"),
	})
	if err != nil {
		return false, "", err
	}
	result := response.Body.Result
	return tea.BoolValue(result.VerifyResult), tea.StringValue(result.VerifyCode), nil
}`;
  const php = `<?php
// composer require alibabacloud/captcha-20230305
use AlibabaCloud\\SDK\\Captcha\\V20230305\\Captcha;
use AlibabaCloud\\SDK\\Captcha\\V20230305\\Models\\VerifyIntelligentCaptchaRequest;
use Darabonba\\OpenApi\\Models\\Config;

function verifyCaptcha(string $captchaVerifyParam): bool
{
    $client = new Captcha(new Config([
        "accessKeyId" => getenv("CAPTCHA_ACCESS_KEY_ID"),
        "accessKeySecret" => getenv("CAPTCHA_ACCESS_KEY_SECRET"),
        "endpoint" => "${endpoint}",
        "protocol" => "${protocol.toUpperCase()}",
    ]));
    $request = new VerifyIntelligentCaptchaRequest([
        "captchaVerifyParam" => $captchaVerifyParam,
        "sceneId" => "${sceneId}",
    ]);
    $result = $client->verifyIntelligentCaptcha($request)->body->result;
    // $result->verifyCode ${c.tellsWhy}
    return $result->verifyResult === true;
}`;
  const curl = `# ${c.withoutSdk}
curl -X POST "${jsonVerifyUrl(context.baseUrl)}" \\
  -u "$CAPTCHA_ACCESS_KEY_ID:$CAPTCHA_ACCESS_KEY_SECRET" \\
  -H "Content-Type: application/json" \\
  -d '{"CaptchaVerifyParam": "<captchaVerifyParam from the client>", "SceneId": "${sceneId}"}'`;
  return [
    { id: "node", title: "Node.js (@alicloud/captcha20230305)", language: "javascript", code: node },
    { id: "java", title: "Java", language: "java", code: java },
    { id: "python", title: "Python", language: "python", code: python },
    { id: "go", title: "Go", language: "go", code: go },
    { id: "php", title: "PHP", language: "php", code: php },
    { id: "curl", title: "curl (plain JSON)", language: "bash", code: curl },
  ];
}
