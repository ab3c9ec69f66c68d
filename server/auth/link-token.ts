import { createHash, randomBytes } from "node:crypto";

/**
 * Tokens of the single-use links the console emails or shows (password reset, email
 * verification): 256 random bits in the link, only their SHA-256 in the database, so a copy of
 * the database cannot be turned into working links.
 */
export function newLinkToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}
