import { uniform } from "./random";

/**
 * Per-picture recolouring: a hue rotation about the grey axis, a saturation and a contrast change
 * and a brightness shift, as one affine map in fixed point (x256). Two pictures cut from the same
 * texture then differ in every pixel value, so pixels cannot be compared directly across pictures.
 */
export interface Recolour {
  /** Row-major 3x3 matrix, x256. */
  m: Int32Array;
  /** Offset added to every channel, x256, rounding included. */
  o: number;
}

export function randomRecolour(): Recolour {
  const hue = uniform(0, 2 * Math.PI);
  const saturation = uniform(0.65, 1.3);
  const contrast = uniform(0.85, 1.2);
  const brightness = uniform(-18, 18);
  const cos = Math.cos(hue), sin = Math.sin(hue);
  const third = (1 - cos) / 3, root = Math.sqrt(1 / 3) * sin;
  const rotation = [cos + third, third - root, third + root, third + root, cos + third, third - root, third - root, third + root, cos + third];
  // Saturation about grey with equal weights, so that it commutes with the hue rotation and both
  // keep grey grey: every row of the product sums to 1.
  const sat = (r: number, k: number) => (1 - saturation) / 3 + (r === k ? saturation : 0);
  const m = new Int32Array(9);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      let v = 0;
      for (let k = 0; k < 3; k++) v += sat(r, k) * rotation[k * 3 + c];
      m[r * 3 + c] = Math.round(v * contrast * 256);
    }
  }
  return { m, o: Math.round((128 + brightness - contrast * 128) * 256 + 128) };
}

/** Leaves colours as they are (for tests). */
export const identityRecolour = (): Recolour => ({ m: Int32Array.of(256, 0, 0, 0, 256, 0, 0, 0, 256), o: 128 });
