import type { IncomingMessage, ServerResponse } from "node:http";
import {
  CORS_HEADERS,
  TEXT_REFUSED_MESSAGE,
  apiError,
  carriesUnstorableText,
  headerReader,
  readBody,
  send,
  type RuntimeRequest,
  type RuntimeResponse,
} from "./http";
import type { Runtime } from "./runtime";
import { handleJsonCall, handleRpcCall } from "./verify-api";
import { handleClientVerify, handleInit } from "./widget-api";

/**
 * The runtime's face: the paths it answers, served straight from Node's HTTP server (server/main.ts
 * asks it first and hands every other request to Next.js).
 *
 * | path                            | who calls it                | what                                  |
 * | GET /captcha/AliyunCaptcha.js   | customers' pages            | the client script                     |
 * | POST /api/captcha/init          | the script                  | a new challenge (init.ts)             |
 * | POST /api/captcha/verify        | the script                  | the person's answer (client-verify.ts)|
 * | POST / with x-acs-action/Action | Alibaba Cloud's SDKs        | VerifyIntelligentCaptcha (signed)     |
 * | POST /api/v1/verify             | servers without an SDK      | the same, JSON with HTTP Basic        |
 */
export interface RuntimeHandlerOptions {
  runtime: Runtime;
  /** The bundled client script (widget/), built once. */
  clientScript: () => Promise<Buffer>;
}

/** Widget calls carry a raw event stream (up to 400 events): 32 KiB. Server calls carry a token: 16 KiB. */
const BODY_LIMITS = { widget: 32 * 1024, server: 16 * 1024 };

type Handler = (runtime: Runtime, request: RuntimeRequest) => Promise<RuntimeResponse>;

function routeOf(
  method: string,
  url: URL,
  headers: IncomingMessage["headers"],
): { handler: Handler; limit: number; cors: boolean } | "script" | null {
  switch (url.pathname) {
    case "/captcha/AliyunCaptcha.js":
      return "script";
    case "/api/captcha/init":
      return { handler: handleInit, limit: BODY_LIMITS.widget, cors: true };
    case "/api/captcha/verify":
      return { handler: handleClientVerify, limit: BODY_LIMITS.widget, cors: true };
    case "/api/v1/verify":
      return { handler: handleJsonCall, limit: BODY_LIMITS.server, cors: false };
    case "/":
      // Alibaba Cloud's SDKs: the action in a header (current signature), in the query or in a form
      // body (the older one). The console's "/" only answers GET.
      if (
        method === "POST" &&
        (headers["x-acs-action"] !== undefined ||
          url.searchParams.has("Action") ||
          /x-www-form-urlencoded/.test(headers["content-type"] ?? ""))
      ) {
        return { handler: handleRpcCall, limit: BODY_LIMITS.server, cors: false };
      }
      return null;
    default:
      return null;
  }
}

export function createRuntimeHandler({ runtime, clientScript }: RuntimeHandlerOptions) {
  /** Answers a runtime path and returns true, or returns false for Next.js to answer. */
  return async function handleRuntimeRequest(request: IncomingMessage, response: ServerResponse, clientAddress: string): Promise<boolean> {
    const method = request.method ?? "GET";
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://runtime.invalid");
    } catch {
      return false;
    }
    const route = routeOf(method, url, request.headers);
    if (!route) return false;
    try {
      if (route === "script") await sendClientScript(method, request, response, clientScript);
      else await answer(runtime, route, method, url, request, response, clientAddress);
    } catch (error) {
      console.error(`Runtime ${method} ${url.pathname} failed:`, error);
      if (!response.headersSent)
        send(response, apiError(500, "InternalError", "The request processing has failed due to some unknown error.", CORS_HEADERS));
      else response.destroy();
    }
    return true;
  };
}

async function answer(
  runtime: Runtime,
  route: { handler: Handler; limit: number; cors: boolean },
  method: string,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
  clientAddress: string,
) {
  const cors = route.cors ? CORS_HEADERS : {};
  if (method === "OPTIONS" && route.cors) return send(response, { status: 204, headers: CORS_HEADERS, body: "" });
  if (method !== "POST")
    return send(response, apiError(405, "InvalidParameter", "Use POST.", { allow: route.cors ? "POST, OPTIONS" : "POST", ...cors }));
  const body = await readBody(request, route.limit);
  if (body === null) {
    // The rest of the body stays unread: the connection cannot carry another request.
    send(
      response,
      apiError(413, "InvalidParameter", `The request body is too large: at most ${route.limit / 1024} KiB.`, {
        ...cors,
        connection: "close",
      }),
    );
    response.on("finish", () => request.destroy());
    return;
  }
  // Text the database cannot store (NUL, broken Unicode), anywhere: the query, a JSON or form body.
  const json = parseJson(body);
  const form = json === undefined ? [...new URLSearchParams(body)].flat() : null;
  // JSON's strings are the body's own characters (checked as the body) or escapes: only a \u
  // escape can make NUL or a lone surrogate, so without one the parsed tree (a drag's 400 events)
  // needs no walk of its own.
  const parsed = json === undefined ? form : body.includes("\\u") ? json : null;
  if (carriesUnstorableText([...url.searchParams].flat(), parsed, body))
    return send(response, apiError(400, "InvalidParameter", TEXT_REFUSED_MESSAGE, cors));
  send(response, await route.handler(runtime, { method, url, headers: headerReader(request.headers), body, json, clientAddress }));
}

/** The body as JSON, or undefined when it is not JSON (a form, or garbage). */
function parseJson(body: string): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

async function sendClientScript(method: string, _request: IncomingMessage, response: ServerResponse, clientScript: () => Promise<Buffer>) {
  if (method !== "GET" && method !== "HEAD") return send(response, apiError(405, "InvalidParameter", "Use GET.", { allow: "GET, HEAD" }));
  const script = await clientScript();
  response.writeHead(200, {
    "content-type": "text/javascript; charset=utf-8",
    "content-length": String(script.length),
    // Any page may load it (it is the product); five minutes of caching keeps updates quick to reach pages.
    "access-control-allow-origin": "*",
    "cross-origin-resource-policy": "cross-origin",
    "cache-control": "public, max-age=300",
    "x-content-type-options": "nosniff",
  });
  response.end(method === "HEAD" ? undefined : script);
}
