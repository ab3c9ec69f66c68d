import { randomFillSync } from "node:crypto";

/**
 * Randomness for pictures. Everything a scanner could use to predict the answer (where the gap is,
 * its shape, the decoys) comes from the operating system's CSPRNG, read in 8 KB gulps so that a
 * challenge's few hundred draws cost nanoseconds each instead of a syscall each. Per-pixel grain
 * while painting textures uses `fastRandom`, a small generator seeded from the CSPRNG: its output
 * is blurred, blended and JPEG-compressed before anyone sees it, and it decides nothing secret.
 */
const pool = new Uint32Array(2048);
let next = pool.length;

/** A uniform 32-bit integer from the CSPRNG. */
export function randomU32(): number {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  return pool[next++];
}

/** Uniform in [0, 1). */
export const random = (): number => randomU32() / 4294967296;
/** Uniform in [min, max). */
export const uniform = (min: number, max: number): number => min + (max - min) * random();
/** Integer in [min, maxExclusive). */
export const randomInt = (min: number, maxExclusive: number): number => min + Math.floor(random() * (maxExclusive - min));
export const chance = (p: number): boolean => random() < p;
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

export type Rng = () => number;

/** sfc32, seeded from the CSPRNG: fast uniform [0, 1) for bulk, non-secret noise. */
export function fastRandom(): Rng {
  let a = randomU32(),
    b = randomU32(),
    c = randomU32(),
    d = randomU32() | 1;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
