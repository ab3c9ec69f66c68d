import type { VerifyCode } from "../verification/codes";
import { openJson, sealJson } from "./sealed";

/**
 * The captchaVerifyParam handed to the page after a client verification: Base64 of JSON with the
 * fields Captcha 2.0 uses ({certifyId, sceneId, isSign, securityToken}), about 300 characters.
 * The security token is sealed (sealed.ts): it carries the verdict, so verifying it needs no
 * lookup, and it cannot be forged or altered. That it verifies once is recorded when the business
 * server verifies it (store.ts).
 */
export const MAX_TOKEN_LENGTH = 2048;
/** How long after the challenge was answered the business server may verify the token (F007). */
export const TOKEN_TTL_MS = 10 * 60_000;

export interface VerifyToken {
  certifyId: string;
  sceneId: string;
  isSign: true;
  securityToken: string;
}

/** What the sealed security token holds. */
export interface TokenClaims {
  /** certifyId and sceneId, as in the visible part (an altered visible part is detected). */
  c: string;
  n: string;
  /** The scenario's id and its organization. */
  s: string;
  o: string;
  /** The client verification's result and when it was given (ms). */
  r: VerifyCode;
  i: number;
}

export function issueToken(claims: TokenClaims): string {
  const token: VerifyToken = { certifyId: claims.c, sceneId: claims.n, isSign: true, securityToken: sealJson("token", claims) };
  return Buffer.from(JSON.stringify(token)).toString("base64");
}

export const openToken = (securityToken: string) => openJson<TokenClaims>("token", securityToken);

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
  const text = (value: unknown, max = 200) => typeof value === "string" && value.length > 0 && value.length <= max;
  if (!text(certifyId) || !text(sceneId) || !text(securityToken, 1024)) return { ok: false, code: "F013" };
  return {
    ok: true,
    token: { certifyId: certifyId as string, sceneId: sceneId as string, isSign: true, securityToken: securityToken as string },
  };
}
