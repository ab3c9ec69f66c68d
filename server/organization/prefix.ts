import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Random lowercase letters and digits, the shape of Captcha 2.0's identity prefixes and Scene IDs. */
export function randomLowercaseId(length: number): string {
  let id = "";
  for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

/** The identity prefix of an organization, e.g. "1n4vul" (6 characters, as Alibaba's are). */
export const PREFIX_LENGTH = 6;
export const newIdentityPrefix = () => randomLowercaseId(PREFIX_LENGTH);
