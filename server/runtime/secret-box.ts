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

export function open(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unknown secret format");
  const decipher = createDecipheriv("aes-256-gcm", serverKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
