import { carveGap, randomGapLook } from "./gap";
import { randomJigsaw } from "./jigsaw";
import { outline } from "./outlines";
import { fastRandom, type Rng } from "./random";

/**
 * Textures for backgrounds: a "dead leaves" painting (random discs, ellipses, boxes, bars and
 * rings dropped on top of each other, some with soft edges, some translucent, with stripes or
 * speckle inside, fine grain over everything), plus gap-like patches: jigsaw shapes and blobs
 * drawn exactly like gaps (gap.ts). Natural pictures look like this to an edge detector: sharp
 * edges of every length, direction and curvature, at every scale, and regions of every
 * brightness. That is what hides a gap: in a smooth gradient the gap's edges are the strongest in
 * the picture, here they are among hundreds of stronger ones; a darker or tinted region with a
 * soft edge is one of many, and so is a jigsaw-shaped one.
 *
 * Painting one 512 x 256 texture takes a few tens of ms, so textures are painted ahead
 * (texture-pool.ts) and pictures are cut from them (background.ts).
 */
export interface Texture {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel, row-major. */
  readonly rgb: Uint8ClampedArray;
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

export type Kind = "disc" | "ellipse" | "box" | "ring" | "bar";

export const TEXTURE_STYLE = {
  kinds: ["disc", "ellipse", "box", "box", "box", "ring", "bar", "bar"] as Kind[],
  /** Texture pixels per leaf. */
  density: 2500,
  minRadius: 6,
  /** Amplitude (levels) of the grain. */
  grain: [6, 16] as [number, number],
  /** Gap-like patches per 10,000 texture pixels. */
  gapLike: 0,
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
}

/** Approximate signed distance (px) from (x, y) to the leaf's edge, negative inside; 1-Lipschitz. */
export function leafDistance(leaf: Leaf, x: number, y: number): number {
  const dx = x - leaf.cx,
    dy = y - leaf.cy;
  const u = dx * leaf.cos + dy * leaf.sin;
  const v = -dx * leaf.sin + dy * leaf.cos;
  switch (leaf.kind) {
    case "disc":
      return Math.sqrt(u * u + v * v) - leaf.a;
    case "ellipse": {
      const k = Math.sqrt((u * u) / (leaf.a * leaf.a) + (v * v) / (leaf.b * leaf.b));
      return (k - 1) * Math.min(leaf.a, leaf.b);
    }
    case "ring":
      return Math.abs(Math.sqrt(u * u + v * v) - leaf.a) - leaf.b;
    case "box":
    case "bar": {
      const qx = Math.abs(u) - leaf.a,
        qy = Math.abs(v) - leaf.b;
      const ox = Math.max(qx, 0),
        oy = Math.max(qy, 0);
      return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0);
    }
  }
}

export function randomLeaf(rng: Rng, width: number, height: number, minR: number, maxR: number, kinds = TEXTURE_STYLE.kinds): Leaf {
  const kind = kinds[Math.floor(rng() * kinds.length)];
  // Log-uniform sizes: many small leaves, a few large ones, like objects at varied distances.
  const r = minR * (maxR / minR) ** (rng() ** 1.3);
  // Boxes and bars are mostly upright: their straight edges, like the piece's, are everywhere.
  const upright = (kind === "box" || kind === "bar") && rng() < 0.7;
  const angle = upright ? (rng() < 0.5 ? 0 : Math.PI / 2) : rng() * Math.PI;
  let a = r,
    b = r;
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
  };
}

const SINE = Float32Array.from({ length: 1024 }, (_, i) => Math.sin((i / 1024) * 2 * Math.PI));

/**
 * Calls `paint(x, y, cover)` for every pixel the leaf covers (cover 0..1), visiting its bounding
 * box in 4 x 4 blocks: a block whose centre is more than a half-diagonal plus the edge width away
 * from the edge is entirely outside (skipped) or inside (cover 1, no distance needed).
 */
function forCover(leaf: Leaf, width: number, height: number, paint: (x: number, y: number, cover: number) => void) {
  const reach = Math.max(leaf.a, leaf.b) + leaf.soft + 2;
  const x0 = Math.max(0, Math.floor(leaf.cx - reach)),
    x1 = Math.min(width, Math.ceil(leaf.cx + reach));
  const y0 = Math.max(0, Math.floor(leaf.cy - reach)),
    y1 = Math.min(height, Math.ceil(leaf.cy + reach));
  const sure = 2.9 + leaf.soft / 2 + 0.5;
  for (let by = y0; by < y1; by += 4)
    for (let bx = x0; bx < x1; bx += 4) {
      const dc = leafDistance(leaf, bx + 2, by + 2);
      if (dc > sure) continue;
      const full = dc < -sure;
      for (let y = by; y < Math.min(by + 4, y1); y++)
        for (let x = bx; x < Math.min(bx + 4, x1); x++) {
          if (full) {
            paint(x, y, 1);
            continue;
          }
          const c = 0.5 - leafDistance(leaf, x + 0.5, y + 0.5) / leaf.soft;
          if (c > 0) paint(x, y, Math.min(c, 1));
        }
    }
}

export function paintTexture(width: number, height: number, rng: Rng = fastRandom()): Texture {
  const canvas = new Float32Array(width * height * 3);
  const palette = randomPalette(rng);
  const first = palette[0];
  for (let i = 0; i < canvas.length; i += 3) (canvas[i] = first[0]), (canvas[i + 1] = first[1]), (canvas[i + 2] = first[2]);

  const leaves = Math.round((width * height) / TEXTURE_STYLE.density);
  for (let n = 0; n < leaves; n++) {
    // Early leaves are large (they cover the canvas), later ones smaller (detail on top).
    const leaf = randomLeaf(rng, width, height, TEXTURE_STYLE.minRadius, n < leaves * 0.1 ? 90 : 55);
    const base = palette[Math.floor(rng() * palette.length)];
    const shade = 0.75 + rng() * 0.5;
    const cr = base[0] * shade + (rng() - 0.5) * 30,
      cg = base[1] * shade + (rng() - 0.5) * 30,
      cb = base[2] * shade + (rng() - 0.5) * 30;
    const opacity = rng() < 0.15 ? 0.35 + rng() * 0.5 : 1;
    // Lighting across the leaf, and a pattern inside it.
    const gAngle = rng() * Math.PI * 2;
    const gAmp = ((rng() - 0.3) * 50) / Math.max(leaf.a, 4);
    const gx = Math.cos(gAngle) * gAmp,
      gy = Math.sin(gAngle) * gAmp;
    const pattern = rng();
    const stripeAngle = rng() * Math.PI,
      period = 3 + rng() * 9;
    const sx = (Math.cos(stripeAngle) / period) * 1024,
      sy = (Math.sin(stripeAngle) / period) * 1024;
    const pAmp = 8 + rng() * 28;
    const stripes = pattern < 0.25,
      speckle = pattern >= 0.25 && pattern < 0.45;
    forCover(leaf, width, height, (x, y, cover) => {
      let light = (x - leaf.cx) * gx + (y - leaf.cy) * gy;
      if (stripes) light += pAmp * SINE[(x * sx + y * sy) & 1023];
      else if (speckle) light += pAmp * (rng() - 0.5);
      const t = cover * opacity;
      const i = (y * width + x) * 3;
      canvas[i] += (cr + light - canvas[i]) * t;
      canvas[i + 1] += (cg + light - canvas[i + 1]) * t;
      canvas[i + 2] += (cb + light - canvas[i + 2]) * t;
    });
  }

  // Fine grain everywhere: no region of the picture is flat, so a flat or smooth gap would stand out.
  const rgb = new Uint8ClampedArray(canvas.length);
  const grain = TEXTURE_STYLE.grain[0] + rng() * (TEXTURE_STYLE.grain[1] - TEXTURE_STYLE.grain[0]);
  for (let p = 0; p < canvas.length; p += 3) {
    const g = (rng() - 0.5) * grain;
    rgb[p] = canvas[p] + g + (rng() - 0.5) * 4;
    rgb[p + 1] = canvas[p + 1] + g + (rng() - 0.5) * 4;
    rgb[p + 2] = canvas[p + 2] + g + (rng() - 0.5) * 4;
  }

  // Gap-like patches: jigsaw shapes and blobs drawn exactly like gaps, in every row band.
  const patches = Math.round((width * height * TEXTURE_STYLE.gapLike) / 10000);
  for (let n = 0; n < patches; n++) {
    const look = randomGapLook();
    if (rng() < 0.5) {
      const o = outline(randomJigsaw());
      carveGap(rgb, width, height, o, Math.floor(rng() * (width - o.width / 2)), Math.floor(rng() * (height - o.height / 2)), look);
    } else {
      const leaf = randomLeaf(rng, width, height, 14, 34, ["ellipse", "box", "disc"]);
      leaf.soft = look.soft;
      const add = (x: number, y: number, a: number) => {
        const i = (y * width + x) * 3;
        (rgb[i] += look.base[0] * a), (rgb[i + 1] += look.base[1] * a), (rgb[i + 2] += look.base[2] * a);
      };
      forCover(leaf, width, height, add);
    }
  }
  return { width, height, rgb };
}
