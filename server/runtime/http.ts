import { clientAddress } from "../http/client-address";
import { readLimitedBody } from "../http/limited-body";
import { requestId } from "./client";

/** Shared plumbing of the runtime's HTTP endpoints (called from pages on any site, and servers). */
export const MAX_BODY_BYTES = 16 * 1024;

/** The widget runs on the customer's pages, so its two endpoints answer any origin. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
  "access-control-max-age": "86400",
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

/** An error in Alibaba Cloud's API shape. */
export function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return json({ RequestId: requestId(), Code: code, Message: message, Success: false }, status, headers);
}

/** The body as text, refusing oversized ones (chunked ones too) without reading them whole. */
export async function readBody(request: Request): Promise<string | null> {
  const limited = await readLimitedBody(request, MAX_BODY_BYTES);
  if (!limited.ok) return null;
  // Decoded as Request.text() would (a leading byte-order mark dropped), as before the limit.
  return new TextDecoder().decode(limited.body ?? new Uint8Array());
}

/** Parameters from the query, a form body or a JSON body (the SDKs send forms; people send JSON). */
export function parametersOf(url: URL, contentType: string | null, body: string): Record<string, string> | null {
  const parameters: Record<string, string> = Object.fromEntries(url.searchParams);
  if (!body) return parameters;
  if (contentType?.includes("application/json")) {
    try {
      const parsed = JSON.parse(body);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
      for (const [key, value] of Object.entries(parsed)) if (typeof value === "string") parameters[key] = value;
      return parameters;
    } catch {
      return null;
    }
  }
  for (const [key, value] of new URLSearchParams(body)) parameters[key] = value;
  return parameters;
}

/** The client's address as the server process resolved it (server/http/client-address.ts). */
export function clientAddressOf(request: Request) {
  return clientAddress(request.headers);
}
