import { createHmac, timingSafeEqual } from "node:crypto";
import { sha256Hex } from "../crypto/random";
import type { AccessKeyRecord, Directory } from "./directory";
import type { HeaderReader } from "./http";

/**
 * Checks the signatures Alibaba Cloud's official SDKs put on RPC calls, so those SDKs can call
 * this server unchanged: ACS3-HMAC-SHA256 in the Authorization header (current SDKs) and the
 * older HMAC-SHA1 "Signature" parameter (SignatureVersion 1.0). Error codes and HTTP statuses
 * follow Alibaba Cloud's API.
 */
export interface SignedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: HeaderReader;
  body: string;
  /** Form or query parameters (for the older signature, which signs them all). */
  parameters: Record<string, string>;
}

export type ApiError = { status: number; code: string; message: string };
/**
 * A caller whose signature checks out. `nonce` is the request's signature nonce, to be spent once
 * (store.ts) together with the token; null for the JSON API, which sends the secret itself.
 */
export type Authentication =
  | { ok: true; accessKeyId: string; organizationId: string; nonce: { accessKeyId: string; nonce: string } | null }
  | ({ ok: false } & ApiError);

const MAX_CLOCK_SKEW_MS = 15 * 60_000;

const deny = (status: number, code: string, message: string): Authentication => ({ ok: false, status, code, message });

/** Alibaba Cloud's percent-encoding (RFC 3986: also !'()* are encoded). */
export function acsEncode(value: string) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function safeEqual(a: string, b: string) {
  const [left, right] = [Buffer.from(a), Buffer.from(b)];
  return left.length === right.length && timingSafeEqual(left, right);
}

function canonicalQuery(query: URLSearchParams) {
  return [...new Set(query.keys())]
    .sort()
    .map((key) => `${key}=${acsEncode(query.get(key) ?? "")}`)
    .join("&");
}

let keyMismatchLogged = false;
const ACCESS_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

async function keyFor(
  directory: Directory,
  accessKeyId: string,
): Promise<{ key: AccessKeyRecord & { secret: string }; error?: undefined } | { key?: undefined; error: Authentication }> {
  // Only ids this server could have issued are looked up (a decoded Basic header can hold anything, NUL included).
  const key = ACCESS_KEY_ID_PATTERN.test(accessKeyId) ? await directory.accessKey(accessKeyId) : null;
  if (!key) return { error: deny(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.") };
  if (!key.enabled) return { error: deny(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled.") };
  if (key.secret === null) {
    // A misconfiguration of this server, not the caller's fault: say so plainly, log it once.
    if (!keyMismatchLogged) {
      console.error(
        "Access-key secrets cannot be decrypted with this server key: CAPTCHA_SERVER_KEY (or DATA_DIR/server-key) is not the key they were stored with. Restore that key, or create new access keys.",
      );
    }
    keyMismatchLogged = true;
    return {
      error: deny(
        503,
        "ServiceUnavailable",
        "The server cannot check access keys right now: its key for stored secrets is misconfigured. Contact the operator.",
      ),
    };
  }
  return { key: { ...key, secret: key.secret } };
}

function timestampFresh(value: string | null | undefined, now: Date) {
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) && Math.abs(now.getTime() - time) <= MAX_CLOCK_SKEW_MS;
}

async function checkAcs3(directory: Directory, request: SignedRequest, authorization: string, now: Date): Promise<Authentication> {
  const match = /^ACS3-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
    authorization.trim(),
  );
  if (!match) return deny(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  const [, accessKeyId, signedHeaderList, signature] = match;
  if (!timestampFresh(request.headers.get("x-acs-date"), now)) {
    return deny(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  }
  const { key, error } = await keyFor(directory, accessKeyId);
  if (error) return error;

  const payloadHash = sha256Hex(request.body);
  const declared = request.headers.get("x-acs-content-sha256");
  if (declared && declared !== payloadHash)
    return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  const signedHeaders = signedHeaderList.split(";");
  // The nonce must be signed too, or a captured request could be replayed under a new one.
  if (request.headers.has("x-acs-signature-nonce") && !signedHeaders.includes("x-acs-signature-nonce")) {
    return deny(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  }
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(request.headers.get(name) ?? "").trim()}\n`).join("");
  const canonicalRequest = [
    request.method,
    request.path,
    canonicalQuery(request.query),
    canonicalHeaders,
    signedHeaders.join(";"),
    payloadHash,
  ].join("\n");
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`;
  const expected = createHmac("sha256", key.secret).update(stringToSign).digest("hex");
  if (!safeEqual(expected, signature))
    return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  return withNonce(accessKeyId, request.headers.get("x-acs-signature-nonce"), key.organizationId);
}

/** A signed request is accepted once: its nonce (signed with it) is spent with the call (store.ts). */
function withNonce(accessKeyId: string, nonce: string | null | undefined, organizationId: string): Authentication {
  if (!nonce)
    return deny(
      400,
      "MissingParameter",
      "The input parameter SignatureNonce that is mandatory for processing this request is not supplied.",
    );
  if (nonce.length > 128) return deny(400, "InvalidParameter", "The specified SignatureNonce is too long.");
  return { ok: true, accessKeyId, organizationId, nonce: { accessKeyId, nonce } };
}

/** Alibaba Cloud's answer to a request whose nonce was spent already. */
export const NONCE_USED: ApiError = { status: 400, code: "SignatureNonceUsed", message: "Specified signature nonce was used already." };

async function checkSignatureV1(directory: Directory, request: SignedRequest, now: Date): Promise<Authentication> {
  const parameters = request.parameters;
  const { AccessKeyId: accessKeyId, Signature: signature, SignatureMethod: method } = parameters;
  if (!accessKeyId || !signature)
    return deny(
      400,
      "MissingParameter",
      "The input parameter AccessKeyId or Signature that is mandatory for processing this request is not supplied.",
    );
  if (method !== "HMAC-SHA1") return deny(400, "InvalidParameter", "The specified SignatureMethod is not supported.");
  if (!timestampFresh(parameters.Timestamp, now))
    return deny(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  const { key, error } = await keyFor(directory, accessKeyId);
  if (error) return error;
  const canonical = Object.keys(parameters)
    .filter((name) => name !== "Signature")
    .sort()
    .map((name) => `${acsEncode(name)}=${acsEncode(parameters[name])}`)
    .join("&");
  const stringToSign = `${request.method}&${acsEncode("/")}&${acsEncode(canonical)}`;
  const expected = createHmac("sha1", `${key.secret}&`).update(stringToSign).digest("base64");
  if (!safeEqual(expected, signature))
    return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  return withNonce(accessKeyId, parameters.SignatureNonce, key.organizationId);
}

export async function authenticateSignedRequest(directory: Directory, request: SignedRequest, now = new Date()): Promise<Authentication> {
  const authorization = request.headers.get("authorization");
  if (authorization) return checkAcs3(directory, request, authorization, now);
  if (request.parameters.Signature) return checkSignatureV1(directory, request, now);
  return deny(400, "MissingParameter", "The request is not signed: use an AccessKey with Alibaba Cloud's SDK signature.");
}

/** The plain JSON endpoint's authentication: HTTP Basic with the AccessKey ID and secret. */
export async function authenticateBasic(directory: Directory, authorization: string | null): Promise<Authentication> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(authorization?.trim() ?? "");
  if (!match) return deny(401, "MissingParameter", "Authenticate with HTTP Basic: your AccessKey ID and AccessKey Secret.");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const [accessKeyId, secret] = colon < 0 ? [decoded, ""] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
  const { key, error } = await keyFor(directory, accessKeyId);
  if (error) return error;
  if (!safeEqual(secret, key.secret)) return deny(401, "InvalidAccessKeySecret", "The AccessKey Secret does not match the AccessKey ID.");
  return { ok: true, accessKeyId, organizationId: key.organizationId, nonce: null };
}
