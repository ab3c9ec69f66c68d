import { randomInt } from "node:crypto";
import { randomBytes, sha256Hex } from "../crypto/random";

/**
 * Proof of work bound to each challenge (ALTCHA's scheme, split into sub-puzzles like Cap's for
 * steadier solve times). For each of `count` puzzles the server picks a secret number n in
 * [0, max] and publishes SHA-256(salt ":" i ":" n); the client finds every n by trying 0, 1, 2, …
 * in a Web Worker while the person looks at the challenge. The work is bounded (at most
 * count × (max + 1) hashes) with a median of about count × max / 2, so a person's wait is
 * predictable, and it cannot be skipped: the numbers are sealed in the challenge's state, so
 * checking an answer is a comparison, not even a hash.
 */
export interface PowPuzzle {
  algorithm: "SHA-256";
  salt: string;
  challenges: string[];
  max: number;
}

export interface PowDifficulty {
  count: number;
  max: number;
}

export const powDigest = (salt: string, index: number, n: number) => sha256Hex(`${salt}:${index}:${n}`);

export function issuePow({ count, max }: PowDifficulty): { puzzle: PowPuzzle; secrets: number[] } {
  const salt = randomBytes(12).toString("base64url");
  const secrets = Array.from({ length: count }, () => randomInt(0, max + 1));
  return { puzzle: { algorithm: "SHA-256", salt, challenges: secrets.map((n, index) => powDigest(salt, index, n)), max }, secrets };
}

/** Whether the submitted numbers are the puzzle's (order matters: one number per puzzle). */
export function powSolved(secrets: readonly number[], submitted: unknown): boolean {
  if (!Array.isArray(submitted) || submitted.length !== secrets.length) return false;
  return secrets.every((n, index) => submitted[index] === n);
}

/** Hashes a client is expected to compute on average: what a pass costs. */
export const expectedHashes = ({ count, max }: PowDifficulty) => (count * max) / 2;
