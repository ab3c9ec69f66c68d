import { createHash, randomBytes } from "node:crypto";

/** A new invitation token (what the link carries) and the hash the database keeps instead. */
export function newInvitationToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export const invitationPath = (token: string) => `/invite/${token}`;
