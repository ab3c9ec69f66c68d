import { createHmac, randomBytes } from "node:crypto";
import { acsEncode } from "../runtime/signature";

/**
 * The older RPC signature (HMAC-SHA1, SignatureVersion 1.0) as SDKs of that era send it: a
 * VerifyIntelligentCaptcha call's common parameters with a fresh nonce, then `extra`.
 */
export function sha1Parameters(accessKeyId: string, extra: Record<string, string>): Record<string, string> {
  return {
    Action: "VerifyIntelligentCaptcha",
    Version: "2023-03-05",
    Format: "JSON",
    AccessKeyId: accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: randomBytes(8).toString("hex"),
    Timestamp: new Date().toISOString().replace(/\.\d{3}/, ""),
    ...extra,
  };
}

/** The Signature of a POST to "/" with these parameters. */
export function sha1Signature(parameters: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(parameters)
    .sort()
    .map((name) => `${acsEncode(name)}=${acsEncode(parameters[name])}`)
    .join("&");
  return createHmac("sha1", `${accessKeySecret}&`)
    .update(`POST&%2F&${acsEncode(canonical)}`)
    .digest("base64");
}
