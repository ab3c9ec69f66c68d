import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "../database/location";

/**
 * Encrypts access-key secrets at rest (AES-256-GCM). The key comes from CAPTCHA_SERVER_KEY
 * (32 bytes, base64) or is generated on first use and kept in the data folder, like the session
 * secret. Every instance that shares a database must share this key.
 */
let cachedKey: Buffer | undefined;

function serverKey(): Buffer {
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
      writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
    } catch {}
    cachedKey = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  }
  return cachedKey;
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", serverKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** A sealed secret that this server's key cannot open: CAPTCHA_SERVER_KEY changed or is wrong. */
export class ServerKeyMismatch extends Error {
  constructor() {
    super(
      "Access-key secrets cannot be decrypted with this server key: CAPTCHA_SERVER_KEY (or DATA_DIR/server-key) is not the key they were stored with. Restore that key, or create new access keys.",
    );
    this.name = "ServerKeyMismatch";
  }
}

export function open(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unknown secret format");
  try {
    const decipher = createDecipheriv("aes-256-gcm", serverKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new ServerKeyMismatch();
  }
}

/** For tests: forget the cached key so that a changed CAPTCHA_SERVER_KEY is read again. */
export function forgetServerKey() {
  cachedKey = undefined;
}
