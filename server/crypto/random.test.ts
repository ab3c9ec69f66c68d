import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { randomBytes, sha256Hex } from "./random";

describe("pooled random bytes", () => {
  it("hands out bytes of the size asked, never the same twice, across many refills of the pool", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const bytes = randomBytes(12);
      expect(bytes.length).toBe(12);
      seen.add(bytes.toString("hex"));
    }
    expect(seen.size).toBe(20_000);
  });

  it("never changes bytes handed out earlier when the pool is replaced", () => {
    const first = randomBytes(16);
    const copy = Buffer.from(first);
    for (let i = 0; i < 2_000; i++) randomBytes(16);
    expect(first.equals(copy)).toBe(true);
  });

  it("looks random: every byte value turns up, none far more often than the others", () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4_000; i++) for (const byte of randomBytes(16)) counts[byte] += 1;
    // 64,000 bytes: 250 of each value expected.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(350);
  });

  it("serves large sizes directly", () => {
    expect(randomBytes(10_000).length).toBe(10_000);
  });
});

describe("sha256Hex", () => {
  it("is SHA-256 in hex, for ASCII and other text", () => {
    for (const text of ["", "salt:0:123", "场景 ✓ 🙂"]) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });
});
