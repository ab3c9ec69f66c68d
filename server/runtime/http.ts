import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { findUnstorableText } from "../http/storable-text";

/**
 * The runtime's HTTP plumbing, on Node's own request and response (server/main.ts routes runtime
 * paths here before Next.js sees them: Next's router cost more than the verification itself).
 * Every answer is JSON in Alibaba Cloud's shape; every body is read with a limit.
 */

/** The widget's endpoints answer any origin: the widget runs on customers' pages. */
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
  "access-control-max-age": "86400",
};

/** Reading request headers (lower-case names), without copying them into a Headers object per request. */
export interface HeaderReader {
  get(name: string): string | null;
  has(name: string): boolean;
}

export function headerReader(raw: Record<string, string | string[] | undefined>): HeaderReader {
  return {
    get: (name) => {
      const value = raw[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    has: (name) => raw[name] !== undefined,
  };
}

/** A request as the runtime's handlers see it: already read, within the limit, text checked. */
export interface RuntimeRequest {
  method: string;
  url: URL;
  headers: HeaderReader;
  body: string;
  /** The body parsed as JSON (undefined when it is not JSON), parsed once by the router. */
  json: unknown;
  clientAddress: string;
}

export interface RuntimeResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/**
 * Like Alibaba's RequestIds: 32 hex digits in UUID groups. Unique per answer (a random prefix per
 * process and a counter), not secret: they only let a customer and the operator talk about one call.
 */
const REQUEST_ID_PREFIX = randomBytes(10)
  .toString("hex")
  .toUpperCase()
  .replace(/(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4");
let requestCounter = 0;
export const requestId = () => `${REQUEST_ID_PREFIX}${(requestCounter++ % 0x1000000).toString(16).toUpperCase().padStart(6, "0")}`;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): RuntimeResponse {
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(body) };
}

/** An error in Alibaba Cloud's API shape. */
export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): RuntimeResponse {
  return json({ RequestId: requestId(), Code: code, Message: message, Success: false }, status, headers);
}

export const TEXT_REFUSED_MESSAGE = "The request contains text with control characters such as NUL, or broken Unicode.";

/**
 * Reads the whole body, or answers null as soon as it is known to exceed `limitBytes`: from its
 * Content-Length before reading anything, otherwise while reading (a chunked body is never read
 * past the limit).
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string | null> {
  const declared = Number(request.headers["content-length"] ?? Number.NaN);
  if (declared > limitBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        request.off("data", onData);
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Parameters from the query, a form body or a JSON body (the SDKs send forms; people send JSON). */
export function parametersOf(url: URL, contentType: string | null, body: string, json: unknown): Record<string, string> | null {
  const parameters: Record<string, string> = Object.fromEntries(url.searchParams);
  if (!body) return parameters;
  if (contentType?.includes("application/json")) {
    const parsed = asObject(json);
    if (!parsed) return null;
    for (const [key, value] of Object.entries(parsed)) if (typeof value === "string") parameters[key] = value;
    return parameters;
  }
  for (const [key, value] of new URLSearchParams(body)) parameters[key] = value;
  return parameters;
}

/** A JSON object, or null for anything else (not JSON, an array, a number…). */
export const asObject = (json: unknown): Record<string, unknown> | null =>
  typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;

/** Whether anything the request carries is text the database cannot store. */
export const carriesUnstorableText = (...values: unknown[]) => values.some((value) => findUnstorableText(value) !== null);

export function send(response: ServerResponse, answer: RuntimeResponse) {
  response.writeHead(answer.status, { "x-content-type-options": "nosniff", "cache-control": "no-store", ...answer.headers });
  response.end(answer.body);
}
