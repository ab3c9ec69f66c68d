import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "../db";
import { accessKeyForSigning } from "../access-key/service";
import { ServerKeyMismatch } from "./secret-box";
import { claimSignatureNonce } from "./signature-nonce";

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
  headers: Headers;
  body: string;
  /** Form or query parameters (for the older signature, which signs them all). */
  parameters: Record<string, string>;
}

export type ApiError = { status: number; code: string; message: string };
export type Authentication = { ok: true; accessKeyId: string; organizationId: string } | ({ ok: false } & ApiError);

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

async function keyFor(db: Db, accessKeyId: string): Promise<{ key: NonNullable<Awaited<ReturnType<typeof accessKeyForSigning>>>; error?: undefined } | { key?: undefined; error: Authentication }> {
  let key;
  try {
    key = await accessKeyForSigning(db, accessKeyId);
  } catch (error) {
    if (!(error instanceof ServerKeyMismatch)) throw error;
    // A misconfiguration of this server, not the caller's fault: say so plainly, log it once.
    if (!keyMismatchLogged) console.error(error.message);
    keyMismatchLogged = true;
    return { error: deny(503, "ServiceUnavailable", "The server cannot check access keys right now: its key for stored secrets is misconfigured. Contact the operator.") };
  }
  if (!key) return { error: deny(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.") };
  if (!key.enabled) return { error: deny(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled.") };
  return { key };
}

function timestampFresh(value: string | null | undefined, now: Date) {
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) && Math.abs(now.getTime() - time) <= MAX_CLOCK_SKEW_MS;
}

async function checkAcs3(db: Db, request: SignedRequest, authorization: string, now: Date): Promise<Authentication> {
  const match = /^ACS3-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization.trim());
  if (!match) return deny(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  const [, accessKeyId, signedHeaderList, signature] = match;
  if (!timestampFresh(request.headers.get("x-acs-date"), now)) {
    return deny(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  }
  const { key, error } = await keyFor(db, accessKeyId);
  if (error) return error;

  const payloadHash = createHash("sha256").update(request.body).digest("hex");
  const declared = request.headers.get("x-acs-content-sha256");
  if (declared && declared !== payloadHash) return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  const signedHeaders = signedHeaderList.split(";");
  // The nonce must be signed too, or a captured request could be replayed under a new one.
  if (request.headers.has("x-acs-signature-nonce") && !signedHeaders.includes("x-acs-signature-nonce")) {
    return deny(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  }
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(request.headers.get(name) ?? "").trim()}\n`).join("");
  const canonicalRequest = [request.method, request.path, canonicalQuery(request.query), canonicalHeaders, signedHeaders.join(";"), payloadHash].join("\n");
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  const expected = createHmac("sha256", key.secret).update(stringToSign).digest("hex");
  if (!safeEqual(expected, signature)) return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  return nonceChecked(db, accessKeyId, request.headers.get("x-acs-signature-nonce"), key.organizationId, now);
}

/** A signed request is accepted once: its nonce (signed with it) must be new to every instance. */
async function nonceChecked(db: Db, accessKeyId: string, nonce: string | null | undefined, organizationId: string, now: Date): Promise<Authentication> {
  if (!nonce) return deny(400, "MissingParameter", "The input parameter SignatureNonce that is mandatory for processing this request is not supplied.");
  if (!(await claimSignatureNonce(db, accessKeyId, nonce, now))) {
    return deny(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }
  return { ok: true, accessKeyId, organizationId };
}

async function checkSignatureV1(db: Db, request: SignedRequest, now: Date): Promise<Authentication> {
  const parameters = request.parameters;
  const { AccessKeyId: accessKeyId, Signature: signature, SignatureMethod: method } = parameters;
  if (!accessKeyId || !signature) return deny(400, "MissingParameter", "The input parameter AccessKeyId or Signature that is mandatory for processing this request is not supplied.");
  if (method !== "HMAC-SHA1") return deny(400, "InvalidParameter", "The specified SignatureMethod is not supported.");
  if (!timestampFresh(parameters.Timestamp, now)) return deny(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  const { key, error } = await keyFor(db, accessKeyId);
  if (error) return error;
  const canonical = Object.keys(parameters)
    .filter((name) => name !== "Signature")
    .sort()
    .map((name) => `${acsEncode(name)}=${acsEncode(parameters[name])}`)
    .join("&");
  const stringToSign = `${request.method}&${acsEncode("/")}&${acsEncode(canonical)}`;
  const expected = createHmac("sha1", `${key.secret}&`).update(stringToSign).digest("base64");
  if (!safeEqual(expected, signature)) return deny(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
  return nonceChecked(db, accessKeyId, parameters.SignatureNonce, key.organizationId, now);
}

export async function authenticateSignedRequest(db: Db, request: SignedRequest, now = new Date()): Promise<Authentication> {
  const authorization = request.headers.get("authorization");
  if (authorization) return checkAcs3(db, request, authorization, now);
  if (request.parameters.Signature) return checkSignatureV1(db, request, now);
  return deny(400, "MissingParameter", "The request is not signed: use an AccessKey with Alibaba Cloud's SDK signature.");
}

/** The plain JSON endpoint's authentication: HTTP Basic with the AccessKey ID and secret. */
export async function authenticateBasic(db: Db, authorization: string | null): Promise<Authentication> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(authorization?.trim() ?? "");
  if (!match) return deny(401, "MissingParameter", "Authenticate with HTTP Basic: your AccessKey ID and AccessKey Secret.");
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const [accessKeyId, secret] = colon < 0 ? [decoded, ""] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
  const { key, error } = await keyFor(db, accessKeyId);
  if (error) return error;
  if (!safeEqual(secret, key.secret)) return deny(401, "InvalidAccessKeySecret", "The AccessKey Secret does not match the AccessKey ID.");
  return { ok: true, accessKeyId, organizationId: key.organizationId };
}
