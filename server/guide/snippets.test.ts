import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { VERIFY_CODES } from "../verification/codes";
import { clientSamples, sdkEndpoint, serverSamples, type GuideContext } from "./snippets";

const base: GuideContext = {
  sceneId: "ab12cd34",
  prefix: "xy9z01",
  baseUrl: "https://captcha.example.com:8443",
  integrationMethod: "WEB_H5",
  verificationType: "SLIDER",
  language: "en",
};

/** The JavaScript inside the <script> elements of an HTML sample. */
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

describe("the integration guide's snippets", () => {
  it("Web/H5 offers popup and embed, filled with the scenario's values", () => {
    const samples = clientSamples(base);
    expect(samples.map((sample) => sample.title)).toEqual(["Pop-up mode (popup)", "Embedded mode (embed)"]);
    for (const sample of samples) {
      expect(sample.code).toContain('SceneId: "ab12cd34"');
      expect(sample.code).toContain('prefix: "xy9z01"');
      expect(sample.code).toContain('src="https://captcha.example.com:8443/captcha/AliyunCaptcha.js"');
    }
    expect(samples[1].code).toContain('mode: "embed"');
  });

  it("Invisible CAPTCHA gets the popup variant only", () => {
    const samples = clientSamples({ ...base, verificationType: "INVISIBLE" });
    expect(samples).toHaveLength(1);
    expect(samples[0].code).toContain('mode: "popup"');
    expect(samples.some((sample) => sample.code.includes('mode: "embed"'))).toBe(false);
  });

  it("Webview+H5 gives the hosted page and the Android, iOS and mini program bridges", () => {
    const samples = clientSamples({ ...base, integrationMethod: "WEBVIEW_H5" });
    expect(samples.map((sample) => sample.language)).toEqual(["html", "java", "swift", "javascript"]);
    expect(samples[0].code).toContain('SceneId: "ab12cd34"');
    expect(samples[1].code).toContain("@JavascriptInterface");
    expect(samples[2].code).toContain("WKScriptMessageHandler");
    expect(samples[3].code).toContain("<web-view");
  });

  it("the WeChat native plugin gets the plugin declaration and the component", () => {
    const samples = clientSamples({ ...base, integrationMethod: "WECHAT_NATIVE_PLUGIN" });
    expect(JSON.parse(samples[0].code).plugins.AliyunCaptcha.provider).toBe("wxbe275ff84246f1a4");
    expect(samples[1].code).toContain('SceneId: "ab12cd34"');
  });

  it("every client sample sets the reader's language and says the widget's default is Chinese", () => {
    for (const method of ["WEB_H5", "WEBVIEW_H5", "WECHAT_NATIVE_PLUGIN"] as const) {
      const configured = clientSamples({ ...base, integrationMethod: method, language: "tw" }).filter((sample) =>
        sample.code.includes("SceneId"),
      );
      expect(configured.length).toBeGreaterThan(0);
      for (const sample of configured) {
        expect(sample.code).toContain('language: "tw", // without it the widget speaks Chinese ("cn")');
      }
    }
  });

  it("every server sample calls VerifyIntelligentCaptcha on this server for this scenario", () => {
    const samples = serverSamples(base);
    expect(samples.map((sample) => sample.title)).toEqual([
      "Node.js (@alicloud/captcha20230305)",
      "Java",
      "Python",
      "Go",
      "PHP",
      "curl (plain JSON)",
    ]);
    for (const sample of samples.slice(0, 5)) {
      expect(sample.code).toContain("captcha.example.com:8443");
      expect(sample.code).toContain("ab12cd34");
      expect(sample.code).toMatch(/VerifyIntelligentCaptcha|verify_intelligent_captcha/);
    }
  });

  it("the JavaScript samples are valid JavaScript", () => {
    for (const method of ["WEB_H5", "WEBVIEW_H5"] as const) {
      for (const sample of clientSamples({ ...base, integrationMethod: method }).filter((s) => s.language === "html")) {
        for (const script of inlineScripts(sample.code)) expect(() => new vm.Script(script)).not.toThrow();
      }
    }
    expect(() => new vm.Script(serverSamples(base)[0].code)).not.toThrow();
  });

  it("derives the SDK endpoint and protocol from the base URL", () => {
    expect(sdkEndpoint("http://localhost:3000")).toEqual({ endpoint: "localhost:3000", protocol: "http" });
    expect(sdkEndpoint("https://captcha.example.com")).toEqual({ endpoint: "captcha.example.com", protocol: "https" });
  });

  it("documents T001, T005, F001 to F017 and the simulated-click code F024", () => {
    const codes = VERIFY_CODES.map((row) => row.code);
    expect(codes).toEqual(["T001", "T005", ...Array.from({ length: 17 }, (_, i) => `F${String(i + 1).padStart(3, "0")}`), "F024"]);
    expect(VERIFY_CODES.filter((row) => row.passes).map((row) => row.code)).toEqual(["T001", "T005"]);
  });
});

describe("the Content-Security-Policy the guide asks customers for", () => {
  it("allows this server's script and calls, data: pictures and the proof of work's blob: worker", async () => {
    const { contentSecurityPolicyFor } = await import("./snippets");
    const policy = contentSecurityPolicyFor("https://captcha.example.com");
    expect(policy).toContain("script-src 'self' https://captcha.example.com");
    expect(policy).toContain("connect-src 'self' https://captcha.example.com");
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).toContain("worker-src blob:");
  });
});
