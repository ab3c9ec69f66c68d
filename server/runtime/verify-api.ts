import {
  CORS_HEADERS,
  apiError,
  json,
  parametersOf,
  requestId,
  type HeaderReader,
  type RuntimeRequest,
  type RuntimeResponse,
} from "./http";
import type { Runtime } from "./runtime";
import { verifyForServer } from "./server-verify";
import { NONCE_USED, authenticateBasic, authenticateSignedRequest, type Authentication } from "./signature";

/**
 * VerifyIntelligentCaptcha over HTTP: as Alibaba Cloud's SDKs call it (an RPC POST to "/" with a
 * signature), and as plain JSON with HTTP Basic for integrations without an SDK.
 */
export const API_VERSION = "2023-03-05";
const ACTIONS = new Set(["VerifyIntelligentCaptcha"]);

async function verifyResponse(
  runtime: Runtime,
  auth: Extract<Authentication, { ok: true }>,
  parameters: Record<string, string>,
): Promise<RuntimeResponse> {
  if (!("CaptchaVerifyParam" in parameters)) {
    return apiError(
      400,
      "MissingParameter",
      "The input parameter CaptchaVerifyParam that is mandatory for processing this request is not supplied.",
    );
  }
  const outcome = await verifyForServer(runtime, auth, { captchaVerifyParam: parameters.CaptchaVerifyParam, sceneId: parameters.SceneId });
  if (!outcome.ok) return apiError(NONCE_USED.status, NONCE_USED.code, NONCE_USED.message);
  runtime.accessKeyUsed(auth.accessKeyId);
  return json({ RequestId: requestId(), Success: true, Code: "Success", Message: "success", Result: outcome.result });
}

/**
 * The headers as the SDK sent them. Behind a reverse proxy, Host names an internal address and
 * X-Forwarded-Host the one the SDK called and signed. Taking the forwarded value weakens nothing:
 * it only rebuilds what was signed, and a wrong value fails the signature.
 */
function signedHeadersOf(headers: HeaderReader): HeaderReader {
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (!forwardedHost) return headers;
  return { get: (name) => (name === "host" ? forwardedHost : headers.get(name)), has: (name) => name === "host" || headers.has(name) };
}

/** VerifyIntelligentCaptcha as Alibaba Cloud's SDKs call it. */
export async function handleRpcCall(runtime: Runtime, request: RuntimeRequest): Promise<RuntimeResponse> {
  const parameters = parametersOf(request.url, request.headers.get("content-type"), request.body, request.json);
  if (!parameters) return apiError(400, "InvalidParameter", "The request body could not be read.");
  const action = request.headers.get("x-acs-action") ?? parameters.Action;
  const version = request.headers.get("x-acs-version") ?? parameters.Version;
  if (!action || !ACTIONS.has(action))
    return apiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
  if (version !== API_VERSION) return apiError(400, "InvalidVersion", `Specified parameter Version is not valid: use ${API_VERSION}.`);
  const auth = await authenticateSignedRequest(runtime.directory, {
    method: request.method,
    path: request.url.pathname,
    query: request.url.searchParams,
    headers: signedHeadersOf(request.headers),
    body: request.body,
    parameters,
  });
  if (!auth.ok) return apiError(auth.status, auth.code, auth.message);
  return verifyResponse(runtime, auth, parameters);
}

/** The plain JSON endpoint (HTTP Basic with the access key). */
export async function handleJsonCall(runtime: Runtime, request: RuntimeRequest): Promise<RuntimeResponse> {
  const auth = await authenticateBasic(runtime.directory, request.headers.get("authorization"));
  if (!auth.ok) return apiError(auth.status, auth.code, auth.message, { "www-authenticate": 'Basic realm="captcha"' });
  const parameters = parametersOf(new URL("http://json.invalid/"), "application/json", request.body, request.json);
  if (!parameters) return apiError(400, "InvalidParameter", "Send a JSON object with CaptchaVerifyParam and SceneId.");
  return verifyResponse(runtime, auth, parameters);
}

export { CORS_HEADERS };
