import { FIELD_SCALE, GAP_REACH, type Outline } from "./outlines";
import { pick, uniform } from "./random";

/**
 * How a gap (the real one or a decoy; textures carry more of them, see texture.ts) is drawn. The
 * background goes on under it: the piece's own pixels are not there for a template match, and the
 * gap's border is not a seam between unrelated textures. Over it goes a change of colour that
 * varies across the gap, added to the pixels (so the texture keeps its detail: a shadow that
 * multiplied would flatten it, and a scan for a flat or blurred patch would find it), with a
 * feathered edge that wobbles around the outline (outlines.ts: so that a matched outline does not
 * land on it exactly) and extends a little beyond it (so the piece, once in place, sits in a slightly
 * larger hole, as jigsaw pieces do).
 *
 * The change is drawn from a family, independently for every gap: lit from one side (darker on
 * one side, lighter on the other: neither darker nor lighter overall), a duotone (one colour on
 * one side, its opposite on the other, at the same brightness), a tint at the same brightness, or
 * a colour shift. Nothing about the look tells the real gap from a decoy: only the outline does,
 * and that is compared with the piece.
 *
 * The default family is what people see best: shadow, light and side lighting. Duotone, tint and
 * shift (zero-mean colour changes) are harder for scanners and also for people: with them, at the
 * strength that kept scanners near chance, people could not find the gap (see index.ts).
 */
export type Treatment = "shadow" | "light" | "lighting" | "duotone" | "tint" | "shift";

export interface GapLook {
  treatment: Treatment;
  /** Colour added at the gap's centre, and added per unit along `dir` (-1..1 across the gap). */
  base: [number, number, number];
  slope: [number, number, number];
  dirX: number;
  dirY: number;
  /** px: how much larger than the outline (before the outline's wobble), how wide the edge. */
  grow: number;
  soft: number;
}

export const GAP_STYLE = {
  treatments: ["shadow", "light", "lighting"] as Treatment[],
  /**
   * Size of the change, in levels (0..255): the dial between people and scanners. 45..60 is
   * plain to see at the widget's size on the calmer texture; below ~30 people lose the gap in
   * the texture. See index.ts.
   */
  strength: [45, 60] as [number, number],
  grow: [1.5, 3] as [number, number],
  soft: [1.6, 2.6] as [number, number],
};

/** A random colour direction of length ~1.4 that adds no brightness (luma 0.299 R + 0.587 G + 0.114 B). */
function chroma(): [number, number, number] {
  const a = uniform(0, 2 * Math.PI);
  const r = Math.cos(a),
    b = Math.sin(a);
  const g = -(0.299 * r + 0.114 * b) / 0.587;
  const n = Math.hypot(r, g, b) / 1.4;
  return [r / n, g / n, b / n];
}

export function randomGapLook(style = GAP_STYLE): GapLook {
  if (style.grow[1] + style.soft[1] / 2 > GAP_REACH) throw new Error("gap style reaches beyond GAP_REACH");
  const treatment = pick(style.treatments);
  const s = uniform(...style.strength);
  const angle = uniform(0, 2 * Math.PI);
  const grey = (k: number): [number, number, number] => [k, k, k];
  const scale = (v: [number, number, number], k: number): [number, number, number] => [v[0] * k, v[1] * k, v[2] * k];
  let base: [number, number, number] = [0, 0, 0],
    slope: [number, number, number] = [0, 0, 0];
  switch (treatment) {
    case "shadow":
      (base = grey(-s)), (slope = grey(uniform(-0.35, 0.35) * s));
      break;
    case "light":
      (base = grey(s)), (slope = grey(uniform(-0.35, 0.35) * s));
      break;
    case "lighting":
      slope = grey(s * 1.6); // zero-mean overall, so steeper than a shadow to be as plain to see
      break;
    case "duotone": // one colour on one side, its opposite on the other, the same brightness
      (slope = scale(chroma(), s * 1.1)), (base = grey(uniform(-0.15, 0.15) * s));
      break;
    case "tint":
      (base = scale(chroma(), s)), (slope = grey(uniform(-0.25, 0.25) * s));
      break;
    case "shift": {
      const c = chroma(),
        k = uniform(-0.7, 0.7);
      (base = [(c[0] + k) * s * 0.8, (c[1] + k) * s * 0.8, (c[2] + k) * s * 0.8]), (slope = grey(uniform(-0.25, 0.25) * s));
      break;
    }
  }
  return {
    treatment,
    base,
    slope,
    dirX: Math.cos(angle),
    dirY: Math.sin(angle),
    grow: uniform(...style.grow),
    soft: uniform(...style.soft),
  };
}

/**
 * Coverage (0..1) of a gap by the value of its outline's wobbled field, for a growth and feather:
 * a table, so that drawing a gap is a look-up per pixel.
 */
export function coverageTable(grow: number, soft: number): Float32Array {
  const table = new Float32Array(256);
  for (let q = -128; q < 128; q++) {
    const a = 0.5 - (q / FIELD_SCALE - grow) / soft;
    table[q + 128] = a <= 0 ? 0 : Math.min(a, 1);
  }
  return table;
}

/**
 * Draws a gap of outline `o` whose field's top-left is at (left, top) of the picture `out` (RGB,
 * width x height).
 */
export function carveGap(out: Uint8ClampedArray, width: number, height: number, o: Outline, left: number, top: number, look: GapLook) {
  const w = o.width,
    h = o.height,
    field = o.wobbled;
  // Coverage 0.5 - (d - grow) / soft, with d = field / FIELD_SCALE: linear in the field value.
  const A = 0.5 + look.grow / look.soft,
    B = 1 / (look.soft * FIELD_SCALE);
  const [b0, b1, b2] = look.base,
    [s0, s1, s2] = look.slope;
  // Position along the light's direction: -1..1 across the field.
  const ux = (2 * look.dirX) / w,
    uy = (2 * look.dirY) / h;
  const x0 = Math.max(0, -left),
    x1 = Math.min(w, width - left);
  const y0 = Math.max(0, -top),
    y1 = Math.min(h, height - top);
  const spans = o.spans;
  for (let fy = y0; fy < y1; fy++) {
    const sx = Math.max(x0, spans[fy * 2]),
      ex = Math.min(x1, spans[fy * 2 + 1]);
    let i = fy * w + sx,
      p = ((top + fy) * width + left + sx) * 3;
    let u = (sx - w / 2) * ux + (fy - h / 2) * uy;
    for (let fx = sx; fx < ex; fx++, i++, p += 3, u += ux) {
      let a = A - B * field[i];
      if (a <= 0) continue;
      if (a > 1) a = 1;
      out[p] += (b0 + s0 * u) * a;
      out[p + 1] += (b1 + s1 * u) * a;
      out[p + 2] += (b2 + s2 * u) * a;
    }
  }
}
