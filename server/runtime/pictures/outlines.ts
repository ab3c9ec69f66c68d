import { jigsawDistance, randomJigsaw, siblingJigsaw, type Jigsaw } from "./jigsaw";
import { randomInt, uniform } from "./random";

/**
 * Jigsaw outlines as distance fields, computed ahead. A field holds the signed distance (px,
 * negative inside) to the outline for every pixel of the jigsaw's box grown by MARGIN on every
 * side, in eighths of a pixel (Int8, so +-15.9 px). From it a piece's opacity, a gap's grown,
 * wobbled and feathered mask, or a rim are a few operations per pixel; evaluating the jigsaw's
 * geometry (a box and up to four circles) per pixel and per picture would cost several times the
 * whole picture's budget.
 *
 * Each outline also has a wobbled field: the same jigsaw whose edge is pushed in and out by a
 * smooth random wave (3 to 5 px). Gaps are drawn from the wobbled field, the piece from the
 * exact one: a person sees the same shape (and the piece still covers its gap), while an outline
 * matched pixel for pixel against the gap's edge misses it along much of its length.
 *
 * The library holds a few hundred random outlines and replaces one every few pictures: outlines
 * repeat now and then, which tells a scanner nothing (it is given the piece's outline anyway).
 */
export const MARGIN = 6;
export const FIELD_SCALE = 8;

export interface Outline {
  jigsaw: Jigsaw;
  /** Size of the field: the jigsaw's box plus MARGIN on every side. */
  width: number;
  height: number;
  field: Int8Array;
  wobbled: Int8Array;
  /**
   * Per row of the wobbled field, the columns [start, end) where a gap can cover anything (field
   * below GAP_REACH): drawing a gap skips the rest of the box.
   */
  spans: Int16Array;
  /** Outlines with the same kinds of sides, knobs elsewhere (jigsaw.ts, siblingJigsaw): decoys. */
  siblings: Outline[];
}

/**
 * A smooth random wave (px) of amplitude about `amplitude` over a width x height field: two long
 * sinusoids sin(kx x + ky y + phase), tabulated per column and row (sin(a + b) = sin a cos b +
 * cos a sin b).
 */
function wave(width: number, height: number, amplitude: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let n = 0; n < 2; n++) {
    const k = uniform(0.12, 0.3),
      a = uniform(0, 2 * Math.PI),
      phase = uniform(0, 2 * Math.PI);
    const kx = k * Math.cos(a),
      ky = k * Math.sin(a);
    const sx = Float32Array.from({ length: width }, (_, x) => Math.sin(kx * x + phase));
    const cx = Float32Array.from({ length: width }, (_, x) => Math.cos(kx * x + phase));
    for (let y = 0; y < height; y++) {
      const sy = Math.sin(ky * y) * (amplitude / 2),
        cy = Math.cos(ky * y) * (amplitude / 2);
      for (let x = 0; x < width; x++) out[y * width + x] += sx[x] * cy + cx[x] * sy;
    }
  }
  return out;
}

const quantise = (d: number) => {
  const q = Math.round(d * FIELD_SCALE);
  return q > 127 ? 127 : Math.max(q, -127);
};

/** How far (px, the larger of x and y) a gap grown by `grow` over the wobbled outline has its middle from (cx, cy). */
function middleShift(distance: Float32Array, bend: Float32Array, width: number, grow: number, cx: number, cy: number): number {
  let gx = 0,
    gy = 0,
    g = 0;
  for (let i = 0; i < distance.length; i++) {
    if (distance[i] - bend[i] >= grow) continue;
    const x = i % width;
    (gx += x), (gy += (i - x) / width), g++;
  }
  return Math.max(Math.abs(gx / g - cx), Math.abs(gy / g - cy));
}

export function outline(jigsaw: Jigsaw, warp = uniform(...WARP)): Outline {
  const width = jigsaw.width + 2 * MARGIN,
    height = jigsaw.height + 2 * MARGIN;
  const distance = new Float32Array(width * height);
  const field = new Int8Array(width * height),
    wobbled = new Int8Array(width * height);
  let px = 0,
    py = 0,
    p = 0;
  for (let y = 0, i = 0; y < height; y++)
    for (let x = 0; x < width; x++, i++) {
      distance[i] = jigsawDistance(jigsaw, x - MARGIN + 0.5, y - MARGIN + 0.5);
      field[i] = quantise(distance[i]);
      if (distance[i] < 0) (px += x), (py += y), p++;
    }
  // A wobble must not move the gap's middle (a person centres the piece on the gap, within 3 px in
  // Attack and Defense Mode): the gap's middle is measured where it is drawn thin and where it is
  // drawn wide (gap.ts grows it by 1.5 to 3 px), and of up to 30 waves the first that moves it by
  // at most half a pixel is kept, else the one that moves it least (keeping the last, as before,
  // left one outline in a few hundred 2-4 px off).
  let best: { bend: Float32Array; offset: number } | undefined;
  for (let attempt = 0; attempt < 30 && !(best && best.offset <= 0.5); attempt++) {
    const bend = wave(width, height, warp);
    const offset = Math.max(
      middleShift(distance, bend, width, 1.5, px / p, py / p),
      middleShift(distance, bend, width, 3.5, px / p, py / p),
    );
    if (!best || offset < best.offset) best = { bend, offset };
  }
  const bend = best!.bend;
  for (let i = 0; i < distance.length; i++) wobbled[i] = quantise(distance[i] - bend[i]);
  const spans = new Int16Array(height * 2);
  for (let y = 0; y < height; y++) {
    let start = width,
      end = 0;
    for (let x = 0; x < width; x++) if (wobbled[y * width + x] < GAP_REACH * FIELD_SCALE) (start = Math.min(start, x)), (end = x + 1);
    (spans[y * 2] = start), (spans[y * 2 + 1] = end);
  }
  return { jigsaw, width, height, field, wobbled, spans, siblings: [] };
}

/** An outline and its siblings. */
export function family(jigsaw: Jigsaw, siblings = 2): Outline {
  const o = outline(jigsaw);
  for (let i = 0; i < siblings; i++) o.siblings.push(outline(siblingJigsaw(jigsaw)));
  return o;
}

/** No gap reaches further than this (px) beyond its wobbled outline (gap.ts: grow + soft / 2 < 4.5). */
export const GAP_REACH = 4.5;

/** Wobble of a gap's edge, px (see above). */
export const WARP: [number, number] = [3, 5];

/** Sides (of four) on which two outlines differ. */
export const differingSides = (a: Jigsaw, b: Jigsaw) => a.sides.filter((s, i) => s !== b.sides[i]).length;

export class OutlineLibrary {
  private readonly outlines: Outline[] = [];
  private takes = 0;

  constructor(
    private readonly size = 128,
    private readonly replaceEvery = 256,
  ) {
    for (let i = 0; i < size; i++) this.outlines.push(family(randomJigsaw()));
  }

  take(): Outline {
    if (++this.takes % this.replaceEvery === 0) this.outlines[randomInt(0, this.size)] = family(randomJigsaw());
    return this.outlines[randomInt(0, this.size)];
  }

  /** An outline of about the same size as `piece` that differs from it on `sides` sides or more. */
  takeUnlike(piece: Jigsaw, sides: number): Outline {
    for (let attempt = 0; ; attempt++) {
      const o = this.outlines[randomInt(0, this.size)];
      const j = o.jigsaw;
      const similar = Math.abs(j.bodyWidth - piece.bodyWidth) <= 5 && Math.abs(j.bodyHeight - piece.bodyHeight) <= 5;
      if (differingSides(j, piece) >= sides && (similar || attempt > 40)) return o;
    }
  }
}
