import { hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "../database/location";

/**
 * The server key: CAPTCHA_SERVER_KEY (32 bytes, base64) or a key generated on first use and kept
 * in the data folder, like the session secret. Every instance that shares a database must share
 * it. It encrypts access-key secrets at rest (secret-box.ts) and, through keys derived from it for
 * each purpose, seals the runtime's challenges and tokens.
 */
let cachedKey: Buffer | undefined;

export function serverKey(): Buffer {
  if (cachedKey) return cachedKey;
  const configured = process.env.CAPTCHA_SERVER_KEY;
  if (configured) {
    const key = Buffer.from(configured, "base64");
    if (key.length !== 32) throw new Error("CAPTCHA_SERVER_KEY must be 32 bytes, base64-encoded");
    return (cachedKey = key);
  }
  const file = path.join(dataDirectory(), "server-key");
  try {
    cachedKey = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx" fails if another process wrote it first; then that one's key is the one to use.
      writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
    } catch {}
    cachedKey = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  }
  return cachedKey;
}

/** A key of its own for one purpose, so that no two uses ever share key material. */
export function derivedKey(purpose: string, length = 32): Buffer {
  return Buffer.from(hkdfSync("sha256", serverKey(), Buffer.alloc(0), `captcha:${purpose}`, length));
}

/** For tests: forget the cached key so that a changed CAPTCHA_SERVER_KEY is read again. */
export function forgetServerKey() {
  cachedKey = undefined;
  derivedKeysForgotten.forEach((forget) => forget());
}

const derivedKeysForgotten = new Set<() => void>();
/** Lets a module that caches a derived key drop it when the server key is forgotten. */
export function onServerKeyForgotten(forget: () => void) {
  derivedKeysForgotten.add(forget);
}
