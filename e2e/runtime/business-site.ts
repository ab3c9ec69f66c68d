import http from "node:http";
import type { AddressInfo } from "node:net";
import { serverSamples, webSamples, webviewSamples, type GuideContext } from "../../server/guide/snippets";
import { loadGuideVerifier } from "../../server/test/guide-node-sample";

/**
 * A customer's website for the browser tests, built from the integration guide itself: its pages
 * are the guide's Web/H5 snippets (popup or embed) or its Webview+H5 page, and its back end
 * verifies tokens with the guide's Node.js snippet, which calls the CAPTCHA server through Alibaba
 * Cloud's official SDK. The V2 page (captchaVerifyCallback) is the one page written here: the
 * guide teaches V3.
 */
export type BusinessPage = "popup" | "embed" | "v2" | "webview";

export interface BusinessSiteOptions {
  context: GuideContext;
  page: BusinessPage;
  accessKeyId: string;
  accessKeySecret: string;
  /** The Content-Security-Policy the business sends with its page, if any. */
  contentSecurityPolicy?: string;
}

export interface Verification {
  captchaVerifyParam: string;
  passed: boolean;
  verifyCode: string;
}

/** JSON for an inline <script>: "</script>" cannot end it early. */
const inline = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

function htmlDocument(title: string, body: string) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

function v2Page(context: GuideContext) {
  return htmlDocument(
    "Example business: sign in (V2)",
    `<script>window.AliyunCaptchaConfig = { region: "cn", prefix: ${inline(context.prefix)} };</script>
<script src="${context.baseUrl}/captcha/AliyunCaptcha.js"></script>
<div id="captcha-element"></div>
<button id="captcha-button" type="button">Sign in</button>
<p role="status" aria-label="Business result" id="business-result"></p>
<script>
  window.initAliyunCaptcha({
    SceneId: ${inline(context.sceneId)},
    mode: "popup",
    element: "#captcha-element",
    button: "#captcha-button",
    // V2: the widget hands every token to the page, which asks its server before going on.
    captchaVerifyCallback: async function (captchaVerifyParam) {
      const response = await fetch("/api/sign-in", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ captchaVerifyParam }),
      });
      const { passed } = await response.json();
      return { captchaResult: passed, bizResult: passed };
    },
    onBizResultCallback: function (bizResult) {
      document.getElementById("business-result").textContent = bizResult ? "Signed in" : "Sign-in refused";
    },
    getInstance: function (instance) { window.captcha = instance; },
    language: "en",
  });
</script>`,
  );
}

function pageHtml({ context, page }: BusinessSiteOptions) {
  if (page === "v2") return v2Page(context);
  if (page === "webview") return webviewSamples(context)[0].code;
  const sample = webSamples(context).find((candidate) => candidate.title.includes(`(${page})`));
  if (!sample) throw new Error(`The guide offers no ${page} snippet for ${context.verificationType}`);
  return htmlDocument("Example business: sign in", sample.code);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (data += chunk));
    request.on("end", () => resolve(data));
    request.on("error", reject);
  });
}

export async function startBusinessSite(options: BusinessSiteOptions) {
  const verifyCaptcha = loadGuideVerifier(serverSamples(options.context)[0].code, options);
  const verifications: Verification[] = [];
  const verify = async (captchaVerifyParam: string) => {
    const { passed, verifyCode } = await verifyCaptcha(captchaVerifyParam);
    verifications.push({ captchaVerifyParam, passed, verifyCode });
    return { passed, verifyCode };
  };
  const html = pageHtml(options);

  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    // The page answers on any path, so tests can choose the URL a URL Verification policy sees.
    if (request.method === "GET" && !pathname.startsWith("/api/")) {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        ...(options.contentSecurityPolicy && { "content-security-policy": options.contentSecurityPolicy }),
      });
      response.end(html);
      return;
    }
    if (request.method === "POST" && pathname === "/api/sign-in") {
      try {
        const { captchaVerifyParam } = JSON.parse(await readBody(request)) as { captchaVerifyParam: string };
        const result = await verify(captchaVerifyParam);
        response.writeHead(result.passed ? 200 : 403, { "content-type": "application/json" });
        response.end(JSON.stringify(result));
      } catch (error) {
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      }
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    verifications,
    /** What the business back end answers for a token (e.g. a replayed one). */
    verify,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
