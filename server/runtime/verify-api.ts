import { touchAccessKey } from "../access-key/service";
import type { Db } from "../db";
import { TOO_LARGE_HEADERS } from "../http/limited-body";
import { requestId } from "./client";
import { apiError, json, parametersOf, readBody } from "./http";
import { verifyForServer } from "./server-verify";
import { authenticateBasic, authenticateSignedRequest, type Authentication } from "./signature";

export const API_VERSION = "2023-03-05";
const ACTIONS = new Set(["VerifyIntelligentCaptcha"]);

async function verifyResponse(db: Db, auth: Extract<Authentication, { ok: true }>, parameters: Record<string, string>) {
  if (!("CaptchaVerifyParam" in parameters)) {
    return apiError(400, "MissingParameter", "The input parameter CaptchaVerifyParam that is mandatory for processing this request is not supplied.");
  }
  const result = await verifyForServer(db, auth.organizationId, { captchaVerifyParam: parameters.CaptchaVerifyParam, sceneId: parameters.SceneId });
  await touchAccessKey(db, auth.accessKeyId);
  return json({ RequestId: requestId(), Success: true, Code: "Success", Message: "success", Result: result });
}

/**
 * The headers as the SDK sent them. Behind Next's rewrite of "/" (proxy.ts) or a reverse proxy,
 * Host names an internal address and X-Forwarded-Host the one the SDK called and signed. Taking
 * the forwarded value weakens nothing: it only rebuilds what was signed, and a wrong value fails.
 */
function signedHeadersOf(request: Request) {
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (!forwardedHost) return request.headers;
  const headers = new Headers(request.headers);
  headers.set("host", forwardedHost);
  return headers;
}

/** VerifyIntelligentCaptcha as Alibaba Cloud's SDKs call it: an RPC POST to "/" with a signature. */
export async function handleRpcCall(db: Db, request: Request, path = "/") {
  const url = new URL(request.url);
  const body = await readBody(request);
  if (body === null) return apiError(413, "InvalidParameter", "The request body is too large.", TOO_LARGE_HEADERS);
  const parameters = parametersOf(url, request.headers.get("content-type"), body);
  if (!parameters) return apiError(400, "InvalidParameter", "The request body could not be read.");
  const action = request.headers.get("x-acs-action") ?? parameters.Action;
  const version = request.headers.get("x-acs-version") ?? parameters.Version;
  if (!action || !ACTIONS.has(action)) return apiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
  if (version !== API_VERSION) return apiError(400, "InvalidVersion", `Specified parameter Version is not valid: use ${API_VERSION}.`);
  const auth = await authenticateSignedRequest(db, { method: request.method, path, query: url.searchParams, headers: signedHeadersOf(request), body, parameters });
  if (!auth.ok) return apiError(auth.status, auth.code, auth.message);
  return verifyResponse(db, auth, parameters);
}

/** The plain JSON endpoint for integrations without an SDK (HTTP Basic with the access key). */
export async function handleJsonCall(db: Db, request: Request) {
  const auth = await authenticateBasic(db, request.headers.get("authorization"));
  if (!auth.ok) return apiError(auth.status, auth.code, auth.message, { "www-authenticate": 'Basic realm="captcha"' });
  const body = await readBody(request);
  if (body === null) return apiError(413, "InvalidParameter", "The request body is too large.", TOO_LARGE_HEADERS);
  const parameters = parametersOf(new URL(request.url), "application/json", body);
  if (!parameters) return apiError(400, "InvalidParameter", "Send a JSON object with CaptchaVerifyParam and SceneId.");
  return verifyResponse(db, auth, parameters);
}
