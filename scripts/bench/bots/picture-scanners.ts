/**
 * Picture scanners: what a script would run against a Puzzle Verification or Image Restoration
 * picture to find where the piece goes, given exactly what the browser gets (the encoded picture,
 * the piece PNG, the piece's row). Each returns a guessed answerX (the left of the piece's box).
 * Used by scripts/bench/picture-scanners.ts to measure how often each one is right.
 *
 * (a) edges: the strongest vertical edges in the piece's row band, alone or as the piece's
 *     column profile of edges;
 * (b) darkness and flatness: the region (of the piece's shape) darker, darker than its
 *     surroundings, or flatter than elsewhere;
 * (c) template matching: normalised cross-correlation of the piece's pixels, of its edges, of its
 *     outline against the picture's edges;
 * (d) what an attacker tries next against these pictures: a darker-inside step across the
 *     outline in log-brightness (a shadow whatever the texture), the same as a vote per outline
 *     pixel, the continuity of the piece's border with the picture around its place, blur, and a
 *     two-stage attack that finds gaps first and then tells the real one from decoys.
 */
import sharp from "sharp";
import { PNG } from "pngjs";

export interface ScannerInput {
  image: Buffer;
  piece: Buffer;
  width: number;
  height: number;
  pieceY: number;
}

/** The picture and piece as arrays, and derived maps every scanner may use. */
export interface Decoded {
  W: number;
  H: number;
  rgb: Float32Array;
  /** Luminance, log-luminance, Sobel gradient magnitude, local detail (Laplacian magnitude). */
  lum: Float32Array;
  log: Float32Array;
  /** Log-luminance blurred over 5 x 5 (grain averaged away). */
  smooth: Float32Array;
  grad: Float32Array;
  detail: Float32Array;
  pw: number;
  ph: number;
  pieceY: number;
  /** Piece: opacity 0..1, colours, and its fully opaque pixels. */
  alpha: Float32Array;
  prgb: Float32Array;
  opaque: Int32Array; // indices (y * pw + x) of fully opaque pixels
  /** Outline: opaque pixels next to a non-opaque one, with the outward normal there. */
  outline: { x: number; y: number; nx: number; ny: number }[];
}

export async function decode(input: ScannerInput): Promise<Decoded> {
  const { data, info } = await sharp(input.image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const W = info.width,
    H = info.height;
  const rgb = Float32Array.from(data);
  const lum = new Float32Array(W * H),
    log = new Float32Array(W * H);
  for (let i = 0; i < W * H; i++) {
    lum[i] = 0.299 * rgb[i * 3] + 0.587 * rgb[i * 3 + 1] + 0.114 * rgb[i * 3 + 2];
    log[i] = Math.log(lum[i] + 8);
  }
  const smooth = new Float32Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      let s = 0,
        n = 0;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const xx = x + dx,
            yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
          s += log[yy * W + xx];
          n++;
        }
      smooth[y * W + x] = s / n;
    }
  const grad = new Float32Array(W * H),
    detail = new Float32Array(W * H);
  for (let y = 1; y < H - 1; y++)
    for (let x = 1; x < W - 1; x++) {
      const i = y * W + x;
      const gx = lum[i - W + 1] + 2 * lum[i + 1] + lum[i + W + 1] - lum[i - W - 1] - 2 * lum[i - 1] - lum[i + W - 1];
      const gy = lum[i + W - 1] + 2 * lum[i + W] + lum[i + W + 1] - lum[i - W - 1] - 2 * lum[i - W] - lum[i - W + 1];
      grad[i] = Math.hypot(gx, gy);
      detail[i] = Math.abs(4 * lum[i] - lum[i - 1] - lum[i + 1] - lum[i - W] - lum[i + W]);
    }

  const png = PNG.sync.read(input.piece);
  const pw = png.width,
    ph = png.height;
  const alpha = new Float32Array(pw * ph),
    prgb = new Float32Array(pw * ph * 3);
  const opaqueList: number[] = [];
  for (let i = 0; i < pw * ph; i++) {
    alpha[i] = png.data[i * 4 + 3] / 255;
    for (let c = 0; c < 3; c++) prgb[i * 3 + c] = png.data[i * 4 + c];
    if (png.data[i * 4 + 3] === 255) opaqueList.push(i);
  }
  const isOpaque = (x: number, y: number) => x >= 0 && y >= 0 && x < pw && y < ph && png.data[(y * pw + x) * 4 + 3] === 255;
  const outline: Decoded["outline"] = [];
  for (const i of opaqueList) {
    const x = i % pw,
      y = (i - x) / pw;
    if (isOpaque(x - 1, y) && isOpaque(x + 1, y) && isOpaque(x, y - 1) && isOpaque(x, y + 1)) continue;
    // Outward normal: towards where the opaque pixels are fewer, in a 5x5 neighbourhood.
    let nx = 0,
      ny = 0;
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) if (!isOpaque(x + dx, y + dy)) (nx += dx), (ny += dy);
    const n = Math.hypot(nx, ny) || 1;
    outline.push({ x, y, nx: nx / n, ny: ny / n });
  }
  return {
    W,
    H,
    rgb,
    lum,
    log,
    smooth,
    grad,
    detail,
    pw,
    ph,
    pieceY: input.pieceY,
    alpha,
    prgb,
    opaque: Int32Array.from(opaqueList),
    outline,
  };
}

export type Scanner = (d: Decoded) => number;

const clampX = (d: Decoded, x: number) => Math.min(Math.max(Math.round(x), 0), d.W - d.pw);

/** argmax over x in [0, W - pw] of score(x). */
function best(d: Decoded, score: (x: number) => number): number {
  let bx = 0,
    bs = -Infinity;
  for (let x = 0; x <= d.W - d.pw; x++) {
    const s = score(x);
    if (s > bs) (bs = s), (bx = x);
  }
  return bx;
}

/** All scores, for the two-stage scanners. */
function scores(d: Decoded, score: (x: number) => number): Float64Array {
  const out = new Float64Array(d.W - d.pw + 1);
  for (let x = 0; x < out.length; x++) out[x] = score(x);
  return out;
}

/** Local maxima (at least `gap` px apart) within `ratio` of the best, best first. */
function peaks(s: Float64Array, gap: number, keep: number): number[] {
  const order = Array.from(s.keys()).sort((a, b) => s[b] - s[a]);
  const chosen: number[] = [];
  for (const x of order) {
    if (chosen.length >= keep) break;
    if (chosen.every((c) => Math.abs(c - x) >= gap)) chosen.push(x);
  }
  return chosen;
}

const sample = (map: Float32Array, W: number, H: number, x: number, y: number) => {
  const xi = Math.min(Math.max(Math.round(x), 0), W - 1),
    yi = Math.min(Math.max(Math.round(y), 0), H - 1);
  return map[yi * W + xi];
};

// ---------------------------------------------------------------- (a) edges

/** The strongest vertical-edge column in the band is the gap's left side. */
export const strongestEdgeColumn: Scanner = (d) => {
  const { W, lum } = d;
  let leftEdge = d.pw;
  for (let x = 0; x < d.pw && leftEdge === d.pw; x++) {
    let col = 0;
    for (let y = 0; y < d.ph; y++) col += d.alpha[y * d.pw + x] === 1 ? 1 : 0;
    if (col >= d.ph * 0.3) leftEdge = x;
  }
  let bc = 0,
    bs = -1;
  for (let c = 1; c < W - 1; c++) {
    let s = 0;
    for (let y = d.pieceY; y < d.pieceY + d.ph; y++) s += Math.abs(lum[y * W + c + 1] - lum[y * W + c - 1]);
    if (s > bs) (bs = s), (bc = c);
  }
  return clampX(d, bc - leftEdge);
};

/** The band's column edge profile correlated with the piece's (from its opacity). */
export const edgeProfile: Scanner = (d) => {
  const { W, lum } = d;
  const profile = new Float64Array(W),
    template = new Float64Array(d.pw);
  for (let c = 1; c < W - 1; c++)
    for (let y = d.pieceY; y < d.pieceY + d.ph; y++) profile[c] += Math.abs(lum[y * W + c + 1] - lum[y * W + c - 1]);
  for (let c = 1; c < d.pw - 1; c++)
    for (let y = 0; y < d.ph; y++) template[c] += Math.abs(d.alpha[y * d.pw + c + 1] - d.alpha[y * d.pw + c - 1]);
  return best(d, (x) => {
    let s = 0;
    for (let c = 0; c < d.pw; c++) s += template[c] * profile[x + c];
    return s;
  });
};

// ---------------------------------------------------------------- (b) darkness, flatness

function meanUnder(d: Decoded, map: Float32Array, x: number): number {
  let s = 0;
  for (const i of d.opaque) s += map[(d.pieceY + ((i / d.pw) | 0)) * d.W + x + (i % d.pw)];
  return s / d.opaque.length;
}

export const darkestRegion: Scanner = (d) => best(d, (x) => -meanUnder(d, d.lum, x));

/** Pixels 3..7 px around the piece's shape (computed once per piece). */
const rings = new WeakMap<Decoded, { x: number; y: number }[]>();
function ring(d: Decoded, inner: number, outer: number): { x: number; y: number }[] {
  const known = rings.get(d);
  if (known) return known;
  const pts: { x: number; y: number }[] = [];
  for (let y = -outer; y < d.ph + outer; y++)
    for (let x = -outer; x < d.pw + outer; x++) {
      const inside = x >= 0 && y >= 0 && x < d.pw && y < d.ph && d.alpha[y * d.pw + x] > 0.5;
      if (inside) continue;
      let dist = Infinity;
      for (const o of d.outline) dist = Math.min(dist, (o.x - x) ** 2 + (o.y - y) ** 2);
      if (dist >= inner * inner && dist <= outer * outer) pts.push({ x, y });
    }
  rings.set(d, pts);
  return pts;
}

/** How much more of `map` there is in the ring around the piece at `x` than under it. */
function ringMinusInside(d: Decoded, map: Float32Array, x: number): number {
  const around = ring(d, 3, 7);
  let s = 0;
  for (const p of around) s += sample(map, d.W, d.H, x + p.x, d.pieceY + p.y);
  return s / around.length - meanUnder(d, map, x);
}

export const darkerThanSurroundings: Scanner = (d) => best(d, (x) => ringMinusInside(d, d.lum, x));

/** Different in brightness from its surroundings, either way. */
export const unlikeSurroundings: Scanner = (d) => best(d, (x) => Math.abs(ringMinusInside(d, d.lum, x)));

export const flattestRegion: Scanner = (d) => best(d, (x) => -meanUnder(d, d.detail, x));

/** Blur: less detail inside than in the ring around (a blurred or smoothed patch). */
export const blurrierThanSurroundings: Scanner = (d) => best(d, (x) => ringMinusInside(d, d.detail, x));

// ---------------------------------------------------------------- (c) template matching

/** Zero-mean normalised cross-correlation of the piece's opaque pixels (RGB) with the picture. */
export const pixelTemplate: Scanner = (d) => {
  const n = d.opaque.length * 3;
  let mean = 0;
  for (const i of d.opaque) for (let c = 0; c < 3; c++) mean += d.prgb[i * 3 + c];
  mean /= n;
  let norm = 0;
  for (const i of d.opaque) for (let c = 0; c < 3; c++) norm += (d.prgb[i * 3 + c] - mean) ** 2;
  return best(d, (x) => {
    let sum = 0,
      sq = 0,
      cross = 0;
    for (const i of d.opaque) {
      const j = ((d.pieceY + ((i / d.pw) | 0)) * d.W + x + (i % d.pw)) * 3;
      for (let c = 0; c < 3; c++) {
        const v = d.rgb[j + c];
        (sum += v), (sq += v * v), (cross += v * (d.prgb[i * 3 + c] - mean));
      }
    }
    const variance = sq - (sum * sum) / n;
    return cross / Math.sqrt(variance * norm + 1e-9);
  });
};

function nccOver(d: Decoded, template: Float32Array, map: Float32Array): Scanner {
  return () => {
    let tm = 0;
    for (let i = 0; i < template.length; i++) tm += template[i];
    tm /= template.length;
    let tn = 0;
    for (let i = 0; i < template.length; i++) tn += (template[i] - tm) ** 2;
    return best(d, (x) => {
      let sum = 0,
        sq = 0,
        cross = 0;
      for (let y = 0; y < d.ph; y++)
        for (let px = 0; px < d.pw; px++) {
          const v = map[(d.pieceY + y) * d.W + x + px];
          const t = template[y * d.pw + px] - tm;
          (sum += v), (sq += v * v), (cross += v * t);
        }
      const n = template.length;
      return cross / Math.sqrt((sq - (sum * sum) / n) * tn + 1e-9);
    });
  };
}

/** The piece's own edges (gradient magnitude of its content, inside) against the picture's. */
export const edgeTemplate: Scanner = (d) => {
  const t = new Float32Array(d.pw * d.ph);
  const lumAt = (x: number, y: number) => {
    const i = (y * d.pw + x) * 3;
    return 0.299 * d.prgb[i] + 0.587 * d.prgb[i + 1] + 0.114 * d.prgb[i + 2];
  };
  for (let y = 1; y < d.ph - 1; y++)
    for (let x = 1; x < d.pw - 1; x++) {
      if (d.alpha[y * d.pw + x] < 1) continue;
      t[y * d.pw + x] = Math.hypot(lumAt(x + 1, y) - lumAt(x - 1, y), lumAt(x, y + 1) - lumAt(x, y - 1));
    }
  return nccOver(d, t, d.grad)(d);
};

/** The piece's outline (edges of its opacity) against the picture's edges. */
export const outlineTemplate: Scanner = (d) => {
  const t = new Float32Array(d.pw * d.ph);
  for (const o of d.outline) t[o.y * d.pw + o.x] = 1;
  return nccOver(d, t, d.grad)(d);
};

/** Edge strength along the outline relative to the edge strength around it. */
export const outlineVsLocalEdges: Scanner = (d) => {
  const total = new Float64Array(d.W - d.pw + 1);
  for (let x = 0; x < total.length; x++) {
    let s = 0;
    for (let y = 0; y < d.ph; y++) for (let px = 0; px < d.pw; px++) s += d.grad[(d.pieceY + y) * d.W + x + px];
    total[x] = s / (d.pw * d.ph);
  }
  return best(d, (x) => {
    let s = 0;
    for (const o of d.outline) s += d.grad[(d.pieceY + o.y) * d.W + x + o.x];
    return s / d.outline.length / (total[x] + 1);
  });
};

// ---------------------------------------------------------------- (d) against this design

/** Step in log-brightness across the outline (outside minus inside, 2 px each way): a shadow. */
function shadowStep(d: Decoded, x: number, reach = 2, only?: (o: Decoded["outline"][number]) => boolean): number {
  let s = 0,
    n = 0;
  for (const o of d.outline) {
    if (only && !only(o)) continue;
    const ox = x + o.x,
      oy = d.pieceY + o.y;
    s += sample(d.log, d.W, d.H, ox + o.nx * reach, oy + o.ny * reach) - sample(d.log, d.W, d.H, ox - o.nx * reach, oy - o.ny * reach);
    n++;
  }
  return n ? s / n : 0;
}

export const shadowOutline: Scanner = (d) => best(d, (x) => shadowStep(d, x));

/** The same step, either way (a lighter or a darker patch), pixel by pixel. */
export const stepOutline: Scanner = (d) =>
  best(d, (x) => {
    let s = 0;
    for (const o of d.outline) {
      const ox = x + o.x,
        oy = d.pieceY + o.y;
      s += Math.abs(sample(d.log, d.W, d.H, ox + o.nx * 2, oy + o.ny * 2) - sample(d.log, d.W, d.H, ox - o.nx * 2, oy - o.ny * 2));
    }
    return s;
  });

/** Votes: how many outline pixels are darker (sign 1) or lighter (sign -1) just inside than just outside. */
export const shadowVote =
  (sign: 1 | -1, blurred = false, reach = 2): Scanner =>
  (d) =>
    best(d, (x) => {
      let votes = 0;
      const map = blurred ? d.smooth : d.log;
      for (const o of d.outline) {
        const ox = x + o.x,
          oy = d.pieceY + o.y;
        const step =
          sample(map, d.W, d.H, ox + o.nx * reach, oy + o.ny * reach) - sample(map, d.W, d.H, ox - o.nx * reach, oy - o.ny * reach);
        if (step * sign > 0.08) votes++;
      }
      return votes;
    });

/** A colour step (RGB distance) across the outline, 2 px each way, either way. */
function colourStep(d: Decoded, x: number, reach = 2): number {
  let s = 0;
  for (const o of d.outline) {
    const ax = Math.round(x + o.x + o.nx * reach),
      ay = Math.round(d.pieceY + o.y + o.ny * reach);
    const bx = Math.round(x + o.x - o.nx * reach),
      by = Math.round(d.pieceY + o.y - o.ny * reach);
    if (ax < 0 || ay < 0 || ax >= d.W || ay >= d.H || bx < 0 || by < 0 || bx >= d.W || by >= d.H) continue;
    const i = (ay * d.W + ax) * 3,
      j = (by * d.W + bx) * 3;
    s += Math.hypot(d.rgb[i] - d.rgb[j], d.rgb[i + 1] - d.rgb[j + 1], d.rgb[i + 2] - d.rgb[j + 2]);
  }
  return s / d.outline.length;
}

/** Colour step on the outline, relative to the colour steps at the same reach all around the box. */
export const colourStepOutline: Scanner = (d) => best(d, (x) => colourStep(d, x));

/** Wider steps (4 px each way), for borders that are not exactly where the piece's outline is. */
export const wideStepOutline: Scanner = (d) => best(d, (x) => colourStep(d, x, 4));

/**
 * Lit from one side: the brightness step across the outline follows the outline's normal (darker
 * inside where the normal faces one way, lighter where it faces the other). The length of the sum
 * of step x normal finds such a gap whatever the light's direction.
 */
export const litOutline =
  (reach: number): Scanner =>
  (d) =>
    best(d, (x) => {
      let sx = 0,
        sy = 0;
      for (const o of d.outline) {
        const ox = x + o.x,
          oy = d.pieceY + o.y;
        const step =
          sample(d.log, d.W, d.H, ox + o.nx * reach, oy + o.ny * reach) - sample(d.log, d.W, d.H, ox - o.nx * reach, oy - o.ny * reach);
        sx += step * o.nx;
        sy += step * o.ny;
      }
      return Math.hypot(sx, sy);
    });

/** Per outline pixel: the colour inside minus the colour outside (`reach` px each way), RGB. */
function steps(d: Decoded, x: number, reach: number): Float32Array {
  const out = new Float32Array(d.outline.length * 3);
  d.outline.forEach((o, k) => {
    const ix = Math.round(x + o.x - o.nx * reach),
      iy = Math.round(d.pieceY + o.y - o.ny * reach);
    const ox = Math.round(x + o.x + o.nx * reach),
      oy = Math.round(d.pieceY + o.y + o.ny * reach);
    if (ix < 0 || iy < 0 || ix >= d.W || iy >= d.H || ox < 0 || oy < 0 || ox >= d.W || oy >= d.H) return;
    const i = (iy * d.W + ix) * 3,
      j = (oy * d.W + ox) * 3;
    for (let c = 0; c < 3; c++) out[k * 3 + c] = d.rgb[i + c] - d.rgb[j + c];
  });
  return out;
}

/** An added colour (darker, lighter, tinted): the inside-minus-outside colours along the outline agree. */
export const consistentStep =
  (reach: number): Scanner =>
  (d) =>
    best(d, (x) => {
      const st = steps(d, x, reach);
      let r = 0,
        g = 0,
        b = 0;
      for (let k = 0; k < st.length; k += 3) (r += st[k]), (g += st[k + 1]), (b += st[k + 2]);
      return Math.hypot(r, g, b);
    });

/** Outline pixels within 6 px of each other (computed once per piece). */
const neighbourhoods = new WeakMap<Decoded, Int32Array[]>();
function nearOnOutline(d: Decoded): Int32Array[] {
  let n = neighbourhoods.get(d);
  if (!n) {
    n = d.outline.map((o) => Int32Array.from(d.outline.flatMap((p, k) => ((p.x - o.x) ** 2 + (p.y - o.y) ** 2 <= 36 ? [k] : []))));
    neighbourhoods.set(d, n);
  }
  return n;
}

/**
 * Any smooth change of colour across the outline, whatever its form (constant, lit from a side,
 * varying around the gap): the step, averaged along the outline over 6 px, keeps a coherent change
 * and averages the texture's incoherent steps away; its energy is the score.
 */
export const coherentStep: Scanner = (d) => {
  const near = nearOnOutline(d);
  return best(d, (x) => {
    const st = steps(d, x, 3);
    let energy = 0;
    for (let k = 0; k < near.length; k++) {
      let r = 0,
        g = 0,
        b = 0;
      for (const j of near[k]) (r += st[j * 3]), (g += st[j * 3 + 1]), (b += st[j * 3 + 2]);
      const n = near[k].length;
      energy += (r * r + g * g + b * b) / (n * n);
    }
    return energy;
  });
};

/** Continuity: the piece's border pixels against the picture just outside its place (3-5 px out). */
function seam(d: Decoded, x: number): number {
  let s = 0;
  for (const o of d.outline) {
    const i = (o.y * d.pw + o.x) * 3;
    for (const k of [3, 4, 5]) {
      const px = Math.round(x + o.x + o.nx * k),
        py = Math.round(d.pieceY + o.y + o.ny * k);
      if (px < 0 || py < 0 || px >= d.W || py >= d.H) {
        s += 60;
        continue;
      }
      const j = (py * d.W + px) * 3;
      s += Math.abs(d.rgb[j] - d.prgb[i]) + Math.abs(d.rgb[j + 1] - d.prgb[i + 1]) + Math.abs(d.rgb[j + 2] - d.prgb[i + 2]);
    }
  }
  return s / d.outline.length;
}

export const seamContinuity: Scanner = (d) => best(d, (x) => -seam(d, x));

/** Two stages: the five best shadow outlines are the gaps; the one that continues the piece's border best is the real one. */
export const gapsThenSeam: Scanner = (d) => {
  const candidates = peaks(
    scores(d, (x) => shadowStep(d, x)),
    8,
    5,
  );
  return candidates.reduce((a, b) => (seam(d, b) < seam(d, a) ? b : a));
};

/**
 * Two stages: the four best outlines by colour step are the gaps (the real one and decoys); the
 * real one is the one whose knobs and sockets (where decoys differ) have a step too.
 */
export const gapsThenKnobs: Scanner = (d) => {
  const straight = (o: Decoded["outline"][number]) => Math.abs(o.nx) > 0.97 || Math.abs(o.ny) > 0.97;
  const candidates = peaks(
    scores(d, (x) => colourStep(d, x)),
    8,
    4,
  );
  const knobs = (x: number) => {
    let s = 0,
      n = 0;
    for (const o of d.outline) {
      if (straight(o)) continue;
      const ax = Math.round(x + o.x + o.nx * 2),
        ay = Math.round(d.pieceY + o.y + o.ny * 2);
      const bx = Math.round(x + o.x - o.nx * 2),
        by = Math.round(d.pieceY + o.y - o.ny * 2);
      if (ax < 0 || ay < 0 || ax >= d.W || ay >= d.H || bx < 0 || by < 0 || bx >= d.W || by >= d.H) continue;
      const i = (ay * d.W + ax) * 3,
        j = (by * d.W + bx) * 3;
      s += Math.hypot(d.rgb[i] - d.rgb[j], d.rgb[i + 1] - d.rgb[j + 1], d.rgb[i + 2] - d.rgb[j + 2]);
      n++;
    }
    return n ? s / n : 0;
  };
  return candidates.reduce((a, b) => (knobs(b) > knobs(a) ? b : a));
};

/** The same with darker-inside steps: among the best shadow outlines, the one whose knobs are shadowed. */
export const gapsThenKnobsShadow: Scanner = (d) => {
  // Knob and socket pixels: outline pixels whose normal is not along an axis.
  const straight = (o: Decoded["outline"][number]) => Math.abs(o.nx) > 0.97 || Math.abs(o.ny) > 0.97;
  const candidates = peaks(
    scores(d, (x) => shadowStep(d, x)),
    8,
    4,
  );
  return candidates.reduce((a, b) => (shadowStep(d, b, 2, (o) => !straight(o)) > shadowStep(d, a, 2, (o) => !straight(o)) ? b : a));
};

export const SCANNERS: Record<string, Scanner> = {
  "a. strongest edge column": strongestEdgeColumn,
  "a. edge column profile": edgeProfile,
  "b. darkest region": darkestRegion,
  "b. darker than around": darkerThanSurroundings,
  "b. unlike surroundings": unlikeSurroundings,
  "b. flattest region": flattestRegion,
  "c. pixel NCC": pixelTemplate,
  "c. edge NCC": edgeTemplate,
  "c. outline NCC": outlineTemplate,
  "c. outline vs local edges": outlineVsLocalEdges,
  "d. shadow step on outline": shadowOutline,
  "d. shadow votes on outline": shadowVote(1),
  "d. light votes on outline": shadowVote(-1),
  "d. shadow votes, blurred": shadowVote(1, true, 4),
  "d. light votes, blurred": shadowVote(-1, true, 4),
  "d. |step| on outline": stepOutline,
  "d. colour |step| on outline": colourStepOutline,
  "d. colour |step|, 4 px reach": wideStepOutline,
  "d. lit from one side": litOutline(3),
  "d. lit from one side, 5 px": litOutline(5),
  "d. consistent colour step": consistentStep(3),
  "d. consistent colour step, 5 px": consistentStep(5),
  "d. coherent colour step": coherentStep,
  "d. seam continuity": seamContinuity,
  "d. blur": blurrierThanSurroundings,
  "d. gaps, then seam": gapsThenSeam,
  "d. gaps, then knobs (colour)": gapsThenKnobs,
  "d. gaps, then knobs (shadow)": gapsThenKnobsShadow,
};
