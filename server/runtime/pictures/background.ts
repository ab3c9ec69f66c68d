import { chance, randomInt, uniform } from "./random";
import type { Texture } from "./texture";
import type { PooledTexture, TexturePool } from "./texture-pool";

/**
 * One picture's background: a window of a pooled texture at a random offset, maybe mirrored
 * (left-right and/or upside down), with a few large shapes cut from another texture laid over it.
 * Every picture is a different mix of two textures at two offsets. All of it is row copies and
 * spans, a few tens of microseconds: per-pixel work over the whole picture would cost more than
 * the JPEG encoding.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A texture seen through a picture-sized window: picture (x, y) shows texture (ox + x, oy + y'), y' flipped or not. */
interface Window {
  texture: Texture;
  ox: number;
  oy: number;
  flipY: boolean;
  pictureHeight: number;
}

function randomWindow(pooled: PooledTexture, width: number, height: number): Window {
  const texture = chance(0.5) ? pooled.mirrored : pooled.texture;
  return {
    texture,
    ox: randomInt(0, texture.width - width + 1),
    oy: randomInt(0, texture.height - height + 1),
    flipY: chance(0.5),
    pictureHeight: height,
  };
}

/** Start (in texture.rgb) of the window's pixels for picture row y, column x. */
const at = (w: Window, x: number, y: number) => ((w.oy + (w.flipY ? w.pictureHeight - 1 - y : y)) * w.texture.width + w.ox + x) * 3;

/**
 * Lays a shape of `win`'s pixels over `out`: an upright ellipse or box centred at (cx, cy) with
 * half sizes (a, b), anti-aliased on its left and right ends.
 */
function overlay(
  out: Uint8ClampedArray,
  width: number,
  height: number,
  win: Window,
  ellipse: boolean,
  cx: number,
  cy: number,
  a: number,
  b: number,
) {
  const src = win.texture.rgb;
  for (let y = Math.max(0, Math.ceil(cy - b)); y < Math.min(height, Math.floor(cy + b)); y++) {
    const t = (y + 0.5 - cy) / b;
    if (t * t >= 1) continue;
    const half = ellipse ? a * Math.sqrt(1 - t * t) : a;
    const left = cx - half,
      right = cx + half;
    const x0 = Math.max(0, Math.ceil(left)),
      x1 = Math.min(width, Math.floor(right));
    if (x1 <= x0) continue;
    const row = y * width * 3;
    out.set(src.subarray(at(win, x0, y), at(win, x1, y)), row + x0 * 3);
    // Partly covered pixels at both ends.
    for (const [x, cover] of [
      [x0 - 1, x0 - left],
      [x1, right - x1],
    ]) {
      if (x < 0 || x >= width || cover <= 0) continue;
      const d = row + x * 3,
        s = at(win, x, y);
      for (let c = 0; c < 3; c++) out[d + c] += (src[s + c] - out[d + c]) * cover;
    }
  }
}

export interface Background {
  /**
   * Fills `dst` (RGB, box-sized) with a part of the base texture that the picture does not show
   * anywhere (left or right of the window it was cut from): content that belongs to the picture
   * (same shapes, same colours) but is not a copy of any part of it.
   */
  unseen: (box: Box, dst: Uint8ClampedArray) => void;
}

/** Paints a fresh background into `out` (RGB, width x height). */
export function paintBackground(out: Uint8ClampedArray, width: number, height: number, pool: TexturePool): Background {
  const pooled = pool.take();
  const base = randomWindow(pooled, width, height);
  for (let y = 0; y < height; y++) out.set(base.texture.rgb.subarray(at(base, 0, y), at(base, width, y)), y * width * 3);

  const other = randomWindow(pool.takeOther(pooled), width, height);
  for (let n = randomInt(2, 5); n > 0; n--) {
    overlay(out, width, height, other, chance(0.6), uniform(0, width), uniform(0, height), uniform(14, 46), uniform(10, 40));
  }

  const texture = base.texture;
  return {
    unseen(box, dst) {
      // Columns [0, ox) or [ox + width, texture width): one always has room for a piece, since
      // textures are at least 2 x 96 px wider than pictures (texture-pool.ts).
      const left = base.ox - box.width,
        right = texture.width - box.width - (base.ox + width);
      const useLeft = left >= 0 && (right < 0 || chance((left + 1) / (left + right + 2)));
      const tx = useLeft ? randomInt(0, left + 1) : base.ox + width + randomInt(0, Math.max(right, 0) + 1);
      const ty = randomInt(0, texture.height - box.height + 1);
      for (let y = 0; y < box.height; y++) {
        const s = ((ty + y) * texture.width + tx) * 3;
        dst.set(texture.rgb.subarray(s, s + box.width * 3), y * box.width * 3);
      }
    },
  };
}
