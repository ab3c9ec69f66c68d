import { randomBytes } from "../crypto/random";
import type { VerificationType } from "../scenario/rules";
import { openJson, sealJson } from "./sealed";

/**
 * Everything the server needs to judge an answer, sealed and handed to the widget with the
 * challenge (sealed.ts): the initialization writes nothing. Short keys keep it small (~400
 * characters); it is refused after INIT_RECORD_TTL_MS, like Captcha 2.0's initialization record.
 */
export const INIT_RECORD_TTL_MS = 20 * 60_000;

export interface ChallengeState {
  v: 1;
  /** certifyId, scenario id, Scene ID, organization id. */
  c: string;
  s: string;
  n: string;
  o: string;
  /** The challenge shown now, and the stage: "i" the invisible check, "c" a visible challenge. */
  t: VerificationType;
  g: "i" | "c";
  /** Where the piece belongs, the slider's range and the handle's start. */
  a?: number;
  m: number;
  st: number;
  /** The proof of work's secret numbers. */
  p: number[];
  /** Issued at (ms), the device id, whether that device was new, the page URL. */
  i: number;
  d: string;
  f: boolean;
  u?: string;
}

/** Like Alibaba's CertifyIds: the prefix, an underscore and 10 letters and digits. */
export const newCertifyId = (prefix: string) => `${prefix}_${randomBytes(8).toString("base64url").replace(/[-_]/g, "x").slice(0, 10)}`;

export const sealState = (state: ChallengeState) => sealJson("challenge", state);

export function openState(sealed: string): ChallengeState | null {
  const state = openJson<ChallengeState>("challenge", sealed);
  return state && state.v === 1 ? state : null;
}

export const stateExpired = (state: ChallengeState, now: Date) => now.getTime() - state.i > INIT_RECORD_TTL_MS;
