import { createHash, randomBytes, randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PuzzleSearch, readPow, solveAll, type Pow } from "./puzzles";
import { sha256Hex } from "./sha256";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** What the server does: k secret numbers in [0, max] and their hashes. */
function serverPow(k: number, max: number, salt = randomBytes(12).toString("hex"), numbers?: number[]) {
  const secret = numbers ?? Array.from({ length: k }, () => randomInt(0, max + 1));
  const pow: Pow = { algorithm: "SHA-256", salt, challenges: secret.map((n, i) => sha256(`${salt}:${i}:${n}`)), max };
  return { pow, numbers: secret };
}

describe("SHA-256", () => {
  it("matches node:crypto around the block boundaries and for non-ASCII text", () => {
    for (const length of [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 200])
      expect(sha256Hex("a".repeat(length))).toBe(sha256("a".repeat(length)));
    expect(sha256Hex("盐:3:42 é 😀")).toBe(sha256("盐:3:42 é 😀"));
  });
});

describe("the proof of work", () => {
  it("finds every secret number", () => {
    const { pow, numbers } = serverPow(6, 3000);
    expect(solveAll(pow, [0, 1, 2, 3, 4, 5])).toEqual(numbers);
  });

  it("finds numbers at the edges and across digit counts, with short, long and multi-block salts", () => {
    for (const salt of ["", "s", "x".repeat(52), "y".repeat(60), "z".repeat(64), "w".repeat(150), "盐值"]) {
      const { pow, numbers } = serverPow(6, 1200, salt, [0, 9, 10, 99, 100, 1200]);
      expect(solveAll(pow, [0, 1, 2, 3, 4, 5]), `salt of ${salt.length}`).toEqual(numbers);
    }
  });

  it("searches in slices and resumes where it stopped", () => {
    const { pow, numbers } = serverPow(1, 5000, "slices", [4321]);
    const search = new PuzzleSearch(pow, 0);
    let tried = 0;
    while (!search.done) tried += search.step(1000);
    expect(search.result).toBe(numbers[0]);
    expect(tried).toBe(4322);
  });

  it("reports a puzzle without an answer in [0, max] instead of searching forever", () => {
    const { pow } = serverPow(1, 100, "none", [101]);
    const search = new PuzzleSearch(pow, 0);
    search.step(1000);
    expect(search.result).toBe(-2);
  });
});

describe("readPow", () => {
  it("accepts the protocol's Pow", () => {
    const { pow } = serverPow(2, 10);
    expect(readPow(pow)).toEqual({ pow });
  });

  it("refuses what it cannot solve, saying why", () => {
    const { pow } = serverPow(2, 10);
    expect(readPow(undefined)).toEqual({ error: "Pow is missing" });
    expect(readPow({ ...pow, algorithm: "SHA-512" })).toEqual({ error: 'Pow.algorithm "SHA-512" is not supported (SHA-256 is)' });
    expect(readPow({ ...pow, salt: 5 })).toEqual({ error: "Pow.salt must be a string" });
    expect(readPow({ ...pow, challenges: ["abc"] })).toEqual({ error: "Pow.challenges must be SHA-256 hex digests" });
    expect(readPow({ ...pow, max: 1.5 })).toMatchObject({ error: expect.stringMatching(/^Pow.max must be an integer/) });
    expect(readPow({ ...pow, max: 1e12 })).toMatchObject({ error: expect.stringMatching(/^Pow.max must be an integer/) });
  });
});
