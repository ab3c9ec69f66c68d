import { digestWords, preparePrefix, searchNumber, type PreparedPrefix } from "./sha256";

/**
 * The proof of work of an initialization (ALTCHA style, split into k sub-puzzles): for each i the
 * server hashed "<salt>:<i>:<n_i>" with a secret n_i in [0, max]; the widget finds every n_i by
 * counting up from 0. Work is bounded by k * (max + 1) hashes, about half of that on average.
 */
export interface Pow {
  algorithm: "SHA-256";
  salt: string;
  challenges: string[];
  max: number;
}

/** Guards against a server answer this widget cannot solve (so it says so instead of spinning). */
export const POW_LIMITS = { maxChallenges: 64, maxNumber: 100_000_000, maxSaltLength: 256 };

/** The Pow of a server answer, or an error message. */
export function readPow(value: unknown): { pow: Pow } | { error: string } {
  if (!value || typeof value !== "object") return { error: "Pow is missing" };
  const candidate = value as Record<string, unknown>;
  if (candidate.algorithm !== "SHA-256")
    return { error: `Pow.algorithm ${JSON.stringify(candidate.algorithm)} is not supported (SHA-256 is)` };
  const { salt, challenges, max } = candidate;
  if (typeof salt !== "string" || salt.length > POW_LIMITS.maxSaltLength) return { error: "Pow.salt must be a string" };
  if (!Array.isArray(challenges) || challenges.length > POW_LIMITS.maxChallenges || !challenges.every((hex) => digestWords(String(hex)))) {
    return { error: "Pow.challenges must be SHA-256 hex digests" };
  }
  if (typeof max !== "number" || !(max >= 0 && max <= POW_LIMITS.maxNumber) || Math.floor(max) !== max) {
    return { error: `Pow.max must be an integer in [0, ${POW_LIMITS.maxNumber}]` };
  }
  return { pow: { algorithm: "SHA-256", salt, challenges: challenges.map(String), max } };
}

/** One sub-puzzle being searched: resumable, so a caller can work on it in slices. */
export class PuzzleSearch {
  readonly index: number;
  /** The number found, -1 while searching, -2 when [0, max] holds none (a server fault). */
  result = -1;
  /** The next number to try. */
  next = 0;
  private readonly prefix: PreparedPrefix;
  private readonly target: Int32Array;
  private readonly max: number;

  constructor(pow: Pow, index: number) {
    this.index = index;
    this.prefix = preparePrefix(`${pow.salt}:${index}:`);
    this.target = digestWords(pow.challenges[index]) as Int32Array;
    this.max = pow.max;
  }

  get done(): boolean {
    return this.result !== -1;
  }

  /** Tries up to `count` more numbers; returns how many it tried. */
  step(count: number): number {
    if (this.done) return 0;
    const from = this.next;
    const to = Math.min(this.max, from + count - 1);
    const found = searchNumber(this.prefix, this.target, from, to);
    if (found >= 0) {
      this.result = found;
      return found - from + 1;
    }
    this.next = to + 1;
    if (this.next > this.max) this.result = -2;
    return to - from + 1;
  }
}

/** Solves sub-puzzles to the end, synchronously (the worker's loop; tests). */
export function solveAll(pow: Pow, indices: number[], onFound?: (index: number, n: number) => void): number[] {
  return indices.map((index) => {
    const search = new PuzzleSearch(pow, index);
    while (!search.done) search.step(1 << 20);
    if (onFound) onFound(index, search.result);
    return search.result;
  });
}
