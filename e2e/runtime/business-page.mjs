// A customer's website for end-to-end tests: a sign-in page that integrates the CAPTCHA exactly
// as the integration guide says (AliyunCaptchaConfig, the hosted AliyunCaptcha.js,
// initAliyunCaptcha), and a back end that verifies the token with Alibaba Cloud's official
// Node SDK pointed at the CAPTCHA server, like the guide's Node.js snippet.
import http from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Captcha = require("@alicloud/captcha20230305");
const { Config } = require("@alicloud/openapi-client");

/** JSON for an inline <script>: "</script>" and friends cannot end it early. */
const inline = (value) => JSON.stringify(value).replace(/</g, "\\u003c");

function page({ captchaOrigin, prefix, sceneId, mode, v2 }) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Example business: sign in</title>
  <script>
    window.AliyunCaptchaConfig = { region: "cn", prefix: ${inline(prefix)} };
  </script>
  <script src="${captchaOrigin}/captcha/AliyunCaptcha.js"></script>
</head>
<body>
  <main>
    <h1>Sign in</h1>
    <div id="captcha-element"></div>
    <button id="captcha-button" type="button">Sign in</button>
    <p id="business-result" role="status" aria-label="Business result"></p>
  </main>
  <script>
    const result = document.getElementById("business-result");
    let captcha;

    // The business back end verifies the token (POST /verify below).
    async function verifyOnServer(captchaVerifyParam) {
      const response = await fetch("/verify", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ captchaVerifyParam }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || "HTTP " + response.status);
      result.textContent = "Business verification: " + body.verifyCode;
      return body;
    }

    const options = {
      SceneId: ${inline(sceneId)},
      mode: ${inline(mode)},
      element: "#captcha-element",
      button: "#captcha-button",
      getInstance: function (instance) {
        captcha = window.captcha = instance;
      },
      onError: function (error) {
        result.textContent = "CAPTCHA error: " + error.code + " (" + error.message + ")";
      },
      slideStyle: { width: 360, height: 40 },
      language: "en",
    };
    if (${inline(Boolean(v2))}) {
      // V2: the widget hands the token to this callback and waits for the business verdict.
      options.captchaVerifyCallback = async function (captchaVerifyParam) {
        try {
          const { verifyResult } = await verifyOnServer(captchaVerifyParam);
          return { captchaResult: verifyResult === true, bizResult: verifyResult === true };
        } catch (error) {
          result.textContent = "Business verification error: " + error.message;
          return { captchaResult: false, bizResult: false };
        }
      };
      options.onBizResultCallback = function (bizResult) {
        document.body.dataset.bizResult = String(bizResult);
      };
    } else {
      // V3: the widget verified; the token goes to the business back end.
      options.success = function (captchaVerifyParam) {
        verifyOnServer(captchaVerifyParam).catch(function (error) {
          result.textContent = "Business verification error: " + error.message;
        });
      };
    }
    options.fail = function (failure) {
      result.textContent = "Client verification failed: " + failure.VerifyCode;
    };
    window.initAliyunCaptcha(options);
  </script>
</body>
</html>`;
}

function readJson(request) {
  return new Promise((resolve, reject) => {
    let data = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (data += chunk));
    request.on("end", () => {
      try {
        resolve(JSON.parse(data || "{}"));
      } catch (error) {
        reject(error);
      }
    });
    request.on("error", reject);
  });
}

function sendJson(response, status, body) {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  response.end(JSON.stringify(body));
}

/**
 * Starts the business site on 127.0.0.1 (a free port).
 * @param {{ captchaOrigin: string, prefix: string, sceneId: string, mode?: "popup" | "embed",
 *   accessKeyId: string, accessKeySecret: string, v2?: boolean }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startBusinessSite({ captchaOrigin, prefix, sceneId, mode = "popup", accessKeyId, accessKeySecret, v2 = false }) {
  captchaOrigin = new URL(captchaOrigin).origin;
  const { host, protocol } = new URL(captchaOrigin);

  // The guide's Node.js snippet.
  const client = new Captcha.default(
    new Config({
      accessKeyId,
      accessKeySecret,
      endpoint: host, // the CAPTCHA server instead of captcha.cn-shanghai.aliyuncs.com
      protocol: protocol.replace(":", ""),
    }),
  );
  async function verifyCaptcha(captchaVerifyParam) {
    const request = new Captcha.VerifyIntelligentCaptchaRequest({ captchaVerifyParam, sceneId });
    const response = await client.verifyIntelligentCaptcha(request);
    const { verifyResult, verifyCode } = response.body.result;
    return { verifyResult, verifyCode };
  }

  const html = page({ captchaOrigin, prefix, sceneId, mode, v2 });
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    if (request.method === "GET" && pathname === "/") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      response.end(html);
    } else if (request.method === "POST" && pathname === "/verify") {
      try {
        const { captchaVerifyParam } = await readJson(request);
        sendJson(response, 200, await verifyCaptcha(captchaVerifyParam));
      } catch (error) {
        sendJson(response, 502, { error: error && error.message ? error.message : String(error) });
      }
    } else {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("Not found");
    }
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
