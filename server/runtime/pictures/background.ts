import { randomRecolour, type Recolour } from "./colour";
import { chance, fastRandom, randomInt } from "./random";
import { leafDistance, randomLeaf, type Texture } from "./texture";
import type { TexturePool } from "./texture-pool";

/**
 * One picture's background: a window of a pooled texture at a random offset, maybe mirrored,
 * recoloured, with a few large shapes cut from another texture laid over it. Every picture is a
 * different mix of two textures at two offsets and two colourings, so a scanner cannot subtract a
 * background learnt from earlier pictures.
 */

/**
 * How a picture reads a texture: the picture's pixel (x, y), 0 <= x < width, 0 <= y < height,
 * shows the texture's (ox + x, oy + y), mirrored within the window if flipped, recoloured.
 */
export interface TextureWindow {
  texture: Texture;
  width: number;
  height: number;
  ox: number;
  oy: number;
  flipX: boolean;
  flipY: boolean;
  recolour: Recolour;
}

export function randomWindow(texture: Texture, width: number, height: number, recolour = randomRecolour()): TextureWindow {
  return {
    texture,
    width,
    height,
    ox: randomInt(0, texture.width - width + 1),
    oy: randomInt(0, texture.height - height + 1),
    flipX: chance(0.5),
    flipY: chance(0.5),
    recolour,
  };
}

/**
 * Writes the window's pixels for picture rows [y0, y1) and columns [x0, x1) into `out`, an RGB
 * buffer `stride` pixels wide whose pixel (0, 0) is the picture's (left, top).
 */
export function drawWindow(
  win: TextureWindow,
  out: Uint8ClampedArray,
  stride: number,
  left: number,
  top: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  const { m, o } = win.recolour;
  const m0 = m[0], m1 = m[1], m2 = m[2], m3 = m[3], m4 = m[4], m5 = m[5], m6 = m[6], m7 = m[7], m8 = m[8];
  const src = win.texture.rgb;
  const step = win.flipX ? -3 : 3;
  for (let y = y0; y < y1; y++) {
    const ty = win.oy + (win.flipY ? win.height - 1 - y : y);
    const tx = win.ox + (win.flipX ? win.width - 1 - x0 : x0);
    let s = (ty * win.texture.width + tx) * 3;
    let d = ((y - top) * stride + (x0 - left)) * 3;
    for (let x = x0; x < x1; x++, s += step, d += 3) {
      const r = src[s], g = src[s + 1], b = src[s + 2];
      out[d] = (m0 * r + m1 * g + m2 * b + o) >> 8;
      out[d + 1] = (m3 * r + m4 * g + m5 * b + o) >> 8;
      out[d + 2] = (m6 * r + m7 * g + m8 * b + o) >> 8;
    }
  }
}

/** A few large shapes cut from another texture, laid over the base like more leaves. */
function overlayShapes(out: Uint8ClampedArray, width: number, height: number, win: TextureWindow, count: number) {
  const rng = fastRandom();
  const { m, o } = win.recolour;
  const src = win.texture.rgb;
  for (let n = 0; n < count; n++) {
    const leaf = randomLeaf(rng, width, height, 14, 46);
    if (leaf.kind === "bar" || leaf.kind === "ring") leaf.kind = "ellipse";
    const reach = Math.max(leaf.a, leaf.b) + leaf.soft + 1;
    const x0 = Math.max(0, Math.floor(leaf.cx - reach)), x1 = Math.min(width, Math.ceil(leaf.cx + reach));
    const y0 = Math.max(0, Math.floor(leaf.cy - reach)), y1 = Math.min(height, Math.ceil(leaf.cy + reach));
    for (let y = y0; y < y1; y++) {
      const ty = win.oy + (win.flipY ? height - 1 - y : y);
      for (let x = x0; x < x1; x++) {
        let c = 0.5 - leafDistance(leaf, x + 0.5, y + 0.5) / leaf.soft;
        if (c <= 0) continue;
        if (c > 1) c = 1;
        const s = (ty * win.texture.width + win.ox + (win.flipX ? width - 1 - x : x)) * 3;
        const d = (y * width + x) * 3;
        const r = src[s], g = src[s + 1], b = src[s + 2];
        out[d] += (((m[0] * r + m[1] * g + m[2] * b + o) >> 8) - out[d]) * c;
        out[d + 1] += (((m[3] * r + m[4] * g + m[5] * b + o) >> 8) - out[d + 1]) * c;
        out[d + 2] += (((m[6] * r + m[7] * g + m[8] * b + o) >> 8) - out[d + 2]) * c;
      }
    }
  }
}

export interface Background {
  base: TextureWindow;
  /** Windows onto another texture, recoloured like the base: what veils are made of. */
  fills: () => TextureWindow;
  /**
   * A window that shows, over the picture's `box`, a part of the base texture that the picture
   * does not show anywhere (left or right of the window the picture was cut from): content that
   * belongs to the picture (same shapes, same colours) but is not a copy of any part of it.
   */
  unseen: (box: { x: number; y: number; width: number; height: number }) => TextureWindow;
}

/** Paints a fresh background into `out` (RGB, width x height). */
export function paintBackground(out: Uint8ClampedArray, width: number, height: number, pool: TexturePool): Background {
  const texture = pool.take();
  const recolour = randomRecolour();
  const base = randomWindow(texture, width, height, recolour);
  drawWindow(base, out, width, 0, 0, 0, 0, width, height);
  const other = pool.takeOther(texture);
  overlayShapes(out, width, height, randomWindow(other, width, height, chance(0.5) ? recolour : randomRecolour()), randomInt(2, 5));
  // Fills come from a third texture: pixels shown nowhere else in this picture, so a gap's
  // content cannot be found as a copy of another part of it.
  const third = pool.takeOther(texture, other);
  const unseen = (box: { x: number; y: number; width: number; height: number }): TextureWindow => {
    const left = base.ox - box.width, right = texture.width - box.width - (base.ox + width);
    // Columns [0, ox) or [ox + width, texture width): whichever has room (one always has: the
    // texture is at least 2 x 96 px wider than the picture, see texture-pool.ts).
    const useLeft = left >= 0 && (right < 0 || chance(left / (left + right + 1)));
    const tx = useLeft ? randomInt(0, left + 1) : base.ox + width + randomInt(0, Math.max(right, 0) + 1);
    const ty = randomInt(0, texture.height - box.height + 1);
    return { texture, width, height, ox: tx - box.x, oy: ty - box.y, flipX: false, flipY: false, recolour };
  };
  return { base, fills: () => randomWindow(third, width, height, recolour), unseen };
}
