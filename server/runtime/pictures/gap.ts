import { drawWindow, type TextureWindow } from "./background";
import { pick, uniform } from "./random";

/**
 * How a gap (the real one, a decoy, or a stray blob) is drawn into the background. The background
 * goes on under it: the piece's own pixels are not there for a template match, and the gap's
 * border is not a seam between unrelated textures. Over it, one treatment from a family, drawn
 * independently for every gap: a shadow, a light, a veil of another texture, a tint, a fog. Each
 * is soft (a feathered edge, a strength that varies across the gap), so the border is weaker than
 * the texture's own edges, and because the family mixes darker, lighter, equally bright and
 * differently coloured gaps, no single measure (darker inside, lighter inside, a brightness step,
 * a colour step) finds the real gap more often than the decoys, the blobs and the texture's own
 * shapes.
 */
export type Treatment = "shadow" | "light" | "lighting" | "veil" | "tint" | "fog";

export interface GapLook {
  treatment: Treatment;
  /** Strength at the gap's centre (0 = unchanged). */
  strength: number;
  /**
   * How the strength changes from one side of the box to the other. For "lighting" this is the
   * direction of the light: the strength goes from -strength (shadow) on one side to +strength
   * (light) on the other, so the gap is neither darker nor lighter than its surroundings overall.
   */
  tiltX: number;
  tiltY: number;
  /** Tint colour. */
  colour: [number, number, number];
  /**
   * How much of the detail (contrast at the pixel scale) the treatment takes away is given back:
   * a shadow or a fog flattens the texture under it, which a scan for a flat or blurred region
   * would find. Never much less than before (flat regions of the texture only have their grain,
   * and a gap flatter than that would be the flattest region), sometimes more.
   */
  detail: number;
  /** How far (px) the gap extends beyond the outline, and how wide its edge is. */
  grow: number;
  soft: number;
}

export interface GapStyle {
  treatments: Treatment[];
  strength: Record<Treatment, [number, number]>;
  tilt: number;
  detail: [number, number];
  grow: [number, number];
  soft: [number, number];
}

export const GAP_STYLE: GapStyle = {
  treatments: ["shadow", "light", "lighting", "lighting", "veil", "tint", "fog"],
  strength: { shadow: [0.25, 0.4], light: [0.25, 0.4], lighting: [0.3, 0.5], veil: [0.35, 0.55], tint: [0.3, 0.5], fog: [0.35, 0.55] },
  tilt: 0.15,
  detail: [0.9, 1.4],
  grow: [0.3, 1.3],
  soft: [1.6, 2.6],
};

export function randomGapLook(style: GapStyle = GAP_STYLE): GapLook {
  const treatment = pick(style.treatments);
  const hue = uniform(0, 6);
  const f = (n: number) => {
    const k = (n + hue) % 6;
    return 255 * (1 - 0.8 * Math.max(0, Math.min(k, 4 - k, 1)));
  };
  return {
    treatment,
    strength: uniform(...style.strength[treatment]),
    tiltX: uniform(-style.tilt, style.tilt),
    tiltY: uniform(-style.tilt, style.tilt),
    colour: [f(5), f(3), f(1)],
    detail: uniform(...style.detail),
    grow: uniform(...style.grow),
    soft: uniform(...style.soft),
  };
}

/**
 * Draws a gap of coverage `mask` (boxWidth x boxHeight, 0..1) with its box at (left, top) of the
 * picture `out` (RGB, `width` px per row); `veil` is the texture a veil lays over it.
 */
export function carveGap(
  out: Uint8ClampedArray,
  width: number,
  height: number,
  mask: Float32Array,
  boxWidth: number,
  boxHeight: number,
  left: number,
  top: number,
  veil: TextureWindow,
  look: GapLook,
) {
  const x0 = Math.max(0, left), y0 = Math.max(0, top);
  const x1 = Math.min(width, left + boxWidth), y1 = Math.min(height, top + boxHeight);
  const box = new Uint8ClampedArray(boxWidth * boxHeight * 3);
  if (look.treatment === "veil") drawWindow(veil, box, boxWidth, left, top, x0, y0, x1, y1);
  // The pixels before treatment, and their local mean (3 x 3): detail = pixel - local mean.
  const under = new Float32Array(boxWidth * boxHeight * 3);
  for (let y = y0; y < y1; y++) {
    const s = ((y - top) * boxWidth + (x0 - left)) * 3, d = (y * width + x0) * 3;
    for (let i = 0; i < (x1 - x0) * 3; i++) under[s + i] = out[d + i];
  }
  const localMean = (bx: number, by: number, c: number) => {
    let sum = 0, n = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const xx = bx + dx, yy = by + dy;
        if (xx < x0 - left || yy < y0 - top || xx >= x1 - left || yy >= y1 - top) continue;
        sum += under[(yy * boxWidth + xx) * 3 + c];
        n++;
      }
    return sum / n;
  };
  // The fog pulls colours towards the gap's mean colour.
  const mean = [0, 0, 0];
  if (look.treatment === "fog") {
    let n = 0;
    for (let i = 0; i < boxWidth * boxHeight; i++) {
      if (mask[i] < 1) continue;
      mean[0] += under[i * 3], mean[1] += under[i * 3 + 1], mean[2] += under[i * 3 + 2], n++;
    }
    for (let c = 0; c < 3; c++) mean[c] = n ? mean[c] / n : 128;
  }
  const [tr, tg, tb] = look.colour;
  const tintLum = 0.299 * tr + 0.587 * tg + 0.114 * tb + 1;
  const rgb = [0, 0, 0];
  for (let y = y0; y < y1; y++) {
    const ty = (y - top) / boxHeight - 0.5;
    for (let x = x0; x < x1; x++) {
      const m = (y - top) * boxWidth + (x - left);
      const a = mask[m];
      if (a === 0) continue;
      const tx = (x - left) / boxWidth - 0.5;
      if (look.treatment === "lighting") {
        // From shadow to light across the gap, along (tiltX, tiltY).
        const along = (tx * look.tiltX + ty * look.tiltY) / (Math.hypot(look.tiltX, look.tiltY) + 1e-6);
        const t = Math.max(-1, Math.min(1, along * 2.4)) * look.strength * a;
        const d = (y * width + x) * 3, s = m * 3, bx = x - left, by = y - top;
        const giveBack = (look.detail - (1 - Math.abs(t))) * a;
        for (let c = 0; c < 3; c++) {
          const v = under[s + c];
          out[d + c] = (t < 0 ? v * (1 + t) : 255 - (255 - v) * (1 - t)) + giveBack * (v - localMean(bx, by, c));
        }
        continue;
      }
      const t = Math.max(0, Math.min(1, look.strength + look.tiltX * tx + look.tiltY * ty)) * a;
      const d = (y * width + x) * 3, s = m * 3;
      const r = under[s], g = under[s + 1], b = under[s + 2];
      // What is left of the texture's contrast after the treatment.
      let kept = 1 - t;
      switch (look.treatment) {
        case "shadow":
          (rgb[0] = r * (1 - t)), (rgb[1] = g * (1 - t)), (rgb[2] = b * (1 - t));
          break;
        case "light": // screen: lighter without clipping
          (rgb[0] = 255 - (255 - r) * (1 - t)), (rgb[1] = 255 - (255 - g) * (1 - t)), (rgb[2] = 255 - (255 - b) * (1 - t));
          break;
        case "veil":
          (rgb[0] = r + (box[s] - r) * t), (rgb[1] = g + (box[s + 1] - g) * t), (rgb[2] = b + (box[s + 2] - b) * t);
          break;
        case "tint": {
          // The tint colour at the pixel's own brightness: a change of colour, not of brightness.
          const k = (0.299 * r + 0.587 * g + 0.114 * b + 1) / tintLum;
          (rgb[0] = r + (tr * k - r) * t), (rgb[1] = g + (tg * k - g) * t), (rgb[2] = b + (tb * k - b) * t);
          kept = 1;
          break;
        }
        case "fog":
          (rgb[0] = r + (mean[0] + 20 - r) * t), (rgb[1] = g + (mean[1] + 20 - g) * t), (rgb[2] = b + (mean[2] + 20 - b) * t);
          break;
      }
      const giveBack = (look.detail - kept) * a;
      const bx = x - left, by = y - top;
      for (let c = 0; c < 3; c++) out[d + c] = rgb[c] + giveBack * (under[s + c] - localMean(bx, by, c));
    }
  }
}
