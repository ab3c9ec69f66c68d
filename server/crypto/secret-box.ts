import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { serverKey } from "./server-key";

/**
 * Encrypts access-key secrets at rest (AES-256-GCM with the server key): the secret is needed in
 * clear to check HMAC signatures, so it cannot be stored as a hash.
 */

/** A sealed secret that this server's key cannot open: CAPTCHA_SERVER_KEY changed or is wrong. */
export class ServerKeyMismatch extends Error {
  constructor() {
    super(
      "Access-key secrets cannot be decrypted with this server key: CAPTCHA_SERVER_KEY (or DATA_DIR/server-key) is not the key they were stored with. Restore that key, or create new access keys.",
    );
    this.name = "ServerKeyMismatch";
  }
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function seal(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", serverKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
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
