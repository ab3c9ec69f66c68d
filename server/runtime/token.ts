import { createHash, randomBytes } from "node:crypto";

/**
 * The captchaVerifyParam handed to the page after a passed challenge: Base64 of JSON with the
 * fields Captcha 2.0 uses ({certifyId, sceneId, isSign, securityToken}). The security token is
 * random and only its hash is stored, so a token cannot be forged from what the database holds.
 */
export const MAX_TOKEN_LENGTH = 2048;

export interface VerifyToken {
  certifyId: string;
  sceneId: string;
  isSign: true;
  securityToken: string;
}

export function issueToken(certifyId: string, sceneId: string) {
  const securityToken = randomBytes(32).toString("base64url");
  const token: VerifyToken = { certifyId, sceneId, isSign: true, securityToken };
  return { captchaVerifyParam: Buffer.from(JSON.stringify(token)).toString("base64"), tokenHash: hashSecurityToken(securityToken) };
}

export const hashSecurityToken = (securityToken: string) => createHash("sha256").update(securityToken).digest("hex");

export type DecodedToken = { ok: true; token: VerifyToken } | { ok: false; code: "F002" | "F003" | "F013" };

/** Reads a captchaVerifyParam: F002 when empty, F003 when not Base64 JSON, F013 when fields are missing. */
export function decodeToken(param: unknown): DecodedToken {
  if (typeof param !== "string" || param.trim() === "") return { ok: false, code: "F002" };
  if (param.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9+/=_-]+$/.test(param.trim())) return { ok: false, code: "F003" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(param.trim(), "base64").toString("utf8"));
  } catch {
    return { ok: false, code: "F003" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { ok: false, code: "F003" };
  const { certifyId, sceneId, securityToken } = parsed as Record<string, unknown>;
  const text = (value: unknown) => typeof value === "string" && value.length > 0 && value.length <= 200;
  if (!text(certifyId) || !text(sceneId) || !text(securityToken)) return { ok: false, code: "F013" };
  return { ok: true, token: { certifyId: certifyId as string, sceneId: sceneId as string, isSign: true, securityToken: securityToken as string } };
}
