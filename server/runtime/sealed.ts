import { createCipheriv, createDecipheriv } from "node:crypto";
import { randomBytes } from "../crypto/random";
import { derivedKey, onServerKeyForgotten } from "../crypto/server-key";

/**
 * What the runtime hands out and must get back unchanged — a challenge's state (its answer, the
 * proof of work's numbers) and a verification token — sealed with AES-256-GCM: the holder can
 * neither read nor alter it. So an initialization writes nothing to the database, and any
 * instance that shares the server key can open what another issued. Single use is enforced
 * separately (store.ts), because a sealed value can be copied.
 */
export type SealPurpose = "challenge" | "token" | "device";

const keys = new Map<SealPurpose, Buffer>();
onServerKeyForgotten(() => keys.clear());
const keyFor = (purpose: SealPurpose) => keys.get(purpose) ?? keys.set(purpose, derivedKey(`seal:${purpose}`)).get(purpose)!;

/** base64url(iv ‖ tag ‖ ciphertext) of the JSON. */
export function sealJson(purpose: SealPurpose, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url");
}

/** The sealed value, or null when it was not sealed by this server for this purpose (or was altered). */
export function openJson<T>(purpose: SealPurpose, sealed: unknown): T | null {
  if (typeof sealed !== "string" || sealed.length < 40 || sealed.length > 8192 || !/^[A-Za-z0-9_-]+$/.test(sealed)) return null;
  const bytes = Buffer.from(sealed, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const plaintext = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
    return JSON.parse(plaintext) as T;
  } catch {
    return null;
  }
}
