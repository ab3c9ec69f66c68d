import { jigsawDistance, randomJigsaw, type Jigsaw } from "./jigsaw";
import { fastRandom, type Rng } from "./random";

/**
 * Textures for backgrounds: a "dead leaves" painting (random discs, ellipses, bars and rings
 * dropped on top of each other, some with soft edges, some translucent shadows, stripes or
 * speckle inside, fine grain over everything). Natural pictures look like this to an edge
 * detector: sharp edges of every length, direction and curvature, at every scale, and regions of
 * every brightness. That is what hides a gap: in a smooth gradient the gap's edges are the
 * strongest in the picture, here they are among hundreds of stronger ones; a darker region is one
 * of many; a translucent shadow is nothing special.
 *
 * Painting one 512 x 256 texture takes ~10-20 ms, so textures are painted ahead (texture-pool.ts)
 * and each picture is cut, flipped and recoloured from them (background.ts).
 */
export interface Texture {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel, row-major. */
  readonly rgb: Uint8Array;
}

type Rgb = [number, number, number];

function hsv(h: number, s: number, v: number): Rgb {
  const f = (n: number) => {
    const k = (n + h * 6) % 6;
    return v - v * s * Math.max(0, Math.min(k, 4 - k, 1));
  };
  return [f(5) * 255, f(3) * 255, f(1) * 255];
}

/** A few related hues per texture, so it looks like a picture rather than confetti. */
function randomPalette(rng: Rng): Rgb[] {
  const base = rng();
  const spread = 0.05 + rng() * 0.45;
  const colours: Rgb[] = [];
  const count = 3 + Math.floor(rng() * 4);
  for (let i = 0; i < count; i++) {
    const h = (base + (rng() - 0.5) * spread + (rng() < 0.2 ? 0.5 : 0) + 1) % 1;
    colours.push(hsv(h, 0.15 + rng() * 0.7, 0.25 + rng() * 0.7));
  }
  return colours;
}

export type Kind = "disc" | "ellipse" | "box" | "ring" | "bar" | "jigsaw";
// Boxes, bars and jigsaw shapes are mostly upright: their straight edges and knobs are the
// clutter that an outline matched against the piece's finds everywhere, not only at the gap.
export const TEXTURE_STYLE = {
  kinds: ["disc", "ellipse", "box", "box", "box", "ring", "bar", "bar"] as Kind[],
  /** Texture pixels per leaf. */
  density: 500,
  minRadius: 4,
};

export interface Leaf {
  kind: Kind;
  cx: number;
  cy: number;
  /** Half sizes along the leaf's own axes. */
  a: number;
  b: number;
  cos: number;
  sin: number;
  /** Edge width in px: 1 is crisp, larger is soft. */
  soft: number;
  jigsaw?: Jigsaw;
}

/** Approximate signed distance (px) from (x, y) to the leaf's edge, negative inside. */
export function leafDistance(leaf: Leaf, x: number, y: number): number {
  const dx = x - leaf.cx, dy = y - leaf.cy;
  const u = dx * leaf.cos + dy * leaf.sin;
  const v = -dx * leaf.sin + dy * leaf.cos;
  switch (leaf.kind) {
    case "disc":
      return Math.sqrt(u * u + v * v) - leaf.a;
    case "jigsaw": {
      const j = leaf.jigsaw!;
      return jigsawDistance(j, u + j.width / 2, v + j.height / 2);
    }
    case "ellipse": {
      const k = Math.sqrt((u * u) / (leaf.a * leaf.a) + (v * v) / (leaf.b * leaf.b));
      return (k - 1) * Math.min(leaf.a, leaf.b);
    }
    case "ring":
      return Math.abs(Math.sqrt(u * u + v * v) - leaf.a) - leaf.b;
    case "box":
    case "bar": {
      const qx = Math.abs(u) - leaf.a, qy = Math.abs(v) - leaf.b;
      const ox = Math.max(qx, 0), oy = Math.max(qy, 0);
      return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0);
    }
  }
}

export function randomLeaf(rng: Rng, width: number, height: number, minR: number, maxR: number): Leaf {
  const kinds = TEXTURE_STYLE.kinds;
  const kind = kinds[Math.floor(rng() * kinds.length)];
  // Log-uniform sizes: many small leaves, a few large ones, like objects at varied distances.
  const r = minR * Math.pow(maxR / minR, rng() ** 1.3);
  const upright = kind === "jigsaw" || ((kind === "box" || kind === "bar") && rng() < 0.7);
  const angle = upright ? (rng() < 0.5 ? 0 : Math.PI / 2) : rng() * Math.PI;
  let a = r, b = r;
  let jigsaw: Jigsaw | undefined;
  if (kind === "jigsaw") {
    const size = Math.min(Math.max(r * 2, 16), 70);
    jigsaw = randomJigsaw({ bodyWidth: Math.round(size * (0.8 + rng() * 0.4)), bodyHeight: Math.round(size * (0.8 + rng() * 0.4)) });
    a = b = Math.hypot(jigsaw.width, jigsaw.height) / 2;
  }
  if (kind === "ellipse" || kind === "box") b = r * (0.3 + rng() * 0.7);
  if (kind === "bar") (a = r * 1.5), (b = Math.max(1.5, r * (0.06 + rng() * 0.12)));
  if (kind === "ring") b = Math.max(1.2, r * (0.05 + rng() * 0.15));
  return {
    kind,
    cx: rng() * width,
    cy: rng() * height,
    a,
    b,
    cos: Math.cos(angle),
    sin: Math.sin(angle),
    soft: rng() < 0.7 ? 1 : 2 + rng() * 4,
    jigsaw,
  };
}

export function paintTexture(width: number, height: number, rng: Rng = fastRandom()): Texture {
  const canvas = new Float32Array(width * height * 3);
  const palette = randomPalette(rng);
  const first = palette[0];
  for (let i = 0; i < canvas.length; i += 3) (canvas[i] = first[0]), (canvas[i + 1] = first[1]), (canvas[i + 2] = first[2]);

  const leaves = Math.round((width * height) / TEXTURE_STYLE.density);
  for (let n = 0; n < leaves; n++) {
    // Early leaves are large (they cover the canvas), later ones smaller (detail on top).
    const maxR = n < leaves * 0.1 ? 90 : 55;
    const leaf = randomLeaf(rng, width, height, TEXTURE_STYLE.minRadius, maxR);
    const base = palette[Math.floor(rng() * palette.length)];
    const shade = 0.75 + rng() * 0.5;
    const colour: Rgb = [base[0] * shade + (rng() - 0.5) * 30, base[1] * shade + (rng() - 0.5) * 30, base[2] * shade + (rng() - 0.5) * 30];
    // A translucent shadow darkens what is below and keeps it: the same kind of change as a gap.
    const shadow = rng() < 0.12 ? 0.45 + rng() * 0.4 : 0;
    const opacity = shadow ? 1 : rng() < 0.15 ? 0.35 + rng() * 0.5 : 1;
    // Lighting across the leaf, and a pattern inside it.
    const gAngle = rng() * Math.PI * 2;
    const gx = Math.cos(gAngle), gy = Math.sin(gAngle);
    const gAmp = (rng() - 0.3) * 50 / Math.max(leaf.a, 4);
    const pattern = rng();
    const stripeAngle = rng() * Math.PI;
    const sx = Math.cos(stripeAngle), sy = Math.sin(stripeAngle);
    const period = 3 + rng() * 9;
    const pAmp = 8 + rng() * 28;

    const reach = Math.max(leaf.a, leaf.b) + leaf.soft + 2;
    const x0 = Math.max(0, Math.floor(leaf.cx - reach)), x1 = Math.min(width, Math.ceil(leaf.cx + reach));
    const y0 = Math.max(0, Math.floor(leaf.cy - reach)), y1 = Math.min(height, Math.ceil(leaf.cy + reach));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const d = leafDistance(leaf, x + 0.5, y + 0.5);
        let cover = 0.5 - d / leaf.soft;
        if (cover <= 0) continue;
        if (cover > 1) cover = 1;
        const i = (y * width + x) * 3;
        if (shadow) {
          const k = 1 - cover * (1 - shadow);
          canvas[i] *= k, canvas[i + 1] *= k, canvas[i + 2] *= k;
          continue;
        }
        let light = ((x - leaf.cx) * gx + (y - leaf.cy) * gy) * gAmp;
        if (pattern < 0.25) light += pAmp * Math.sin(((x * sx + y * sy) / period) * 2 * Math.PI);
        else if (pattern < 0.45) light += pAmp * (rng() - 0.5);
        const t = cover * opacity;
        canvas[i] += (colour[0] + light - canvas[i]) * t;
        canvas[i + 1] += (colour[1] + light - canvas[i + 1]) * t;
        canvas[i + 2] += (colour[2] + light - canvas[i + 2]) * t;
      }
    }
  }

  // Fine grain everywhere: no region of the picture is flat, so a flat or smooth gap would stand out.
  const rgb = new Uint8Array(canvas.length);
  const grain = 6 + rng() * 10;
  for (let p = 0; p < canvas.length; p += 3) {
    const g = (rng() - 0.5) * grain;
    for (let c = 0; c < 3; c++) {
      const v = canvas[p + c] + g + (rng() - 0.5) * 4;
      rgb[p + c] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return { width, height, rgb };
}
