import { drawWindow, paintBackground, type TextureWindow } from "./background";
import { carveGap, randomGapLook, type GapLook } from "./gap";
import { jigsawDistance, jigsawMask, randomJigsaw, type Jigsaw, type SideKind } from "./jigsaw";
import { chance, fastRandom, randomInt, uniform } from "./random";
import { leafDistance, randomLeaf, type Leaf } from "./texture";
import type { TexturePool } from "./texture-pool";

/**
 * One challenge's picture before encoding: background, the real gap, decoy gaps with other
 * outlines, stray shadows, and the piece (RGBA, cut from the background before any gap was drawn).
 */
export const PICTURE_WIDTH = 320;
export const PICTURE_HEIGHT = 160;

export type PictureKind = "puzzle" | "restoration";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Composed {
  kind: PictureKind;
  /** The picture shown: RGB, PICTURE_WIDTH x PICTURE_HEIGHT. */
  rgb: Uint8ClampedArray;
  jigsaw: Jigsaw;
  /** The piece: RGBA, jigsaw.width x jigsaw.height. */
  piece: Uint8Array;
  answerX: number;
  pieceY: number;
  pieceStartX?: number;
  decoys: Box[];
  shadows: Box[];
  /** How the real gap was drawn (for the benchmark's breakdowns). */
  look: GapLook;
  /** The picture before gaps and shadows were drawn (only when asked for: tests). */
  original?: Uint8ClampedArray;
}

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * The piece: a patch of texture shown nowhere else in the picture, in the jigsaw's shape, with a
 * soft light rim just outside the shape so that it stands out while dragged. Its content does not
 * continue the background around its place (if it did, comparing the piece's border with the
 * picture around each candidate place finds the answer every time): it fits by its outline.
 */
function cutPiece(win: TextureWindow, j: Jigsaw, left: number, top: number): Uint8Array {
  const patch = new Uint8ClampedArray(j.width * j.height * 3);
  drawWindow(win, patch, j.width, left, top, left, top, left + j.width, top + j.height);
  const inside = jigsawMask(j, 0, 1);
  const rim = jigsawMask(j, 1.7, 1.2);
  const piece = new Uint8Array(j.width * j.height * 4);
  const rimAlpha = 0.7;
  for (let m = 0; m < j.width * j.height; m++) {
    const s = inside[m], r = Math.max(0, rim[m] - s) * rimAlpha;
    const a = s + r;
    if (a === 0) continue;
    const src = m * 3, dst = m * 4;
    for (let c = 0; c < 3; c++) piece[dst + c] = s === 1 ? patch[src + c] : Math.round((patch[src + c] * s + 255 * r) / a);
    piece[dst + 3] = Math.round(a * 255);
  }
  return piece;
}

/** The picture as it was before the gap was drawn: the background with the piece in its place. */
function withPiece(rgb: Uint8ClampedArray, width: number, piece: Uint8Array, j: Jigsaw, left: number, top: number) {
  const out = rgb.slice();
  for (let y = 0; y < j.height; y++)
    for (let x = 0; x < j.width; x++) {
      const p = (y * j.width + x) * 4, a = piece[p + 3] === 255 ? 1 : 0;
      if (!a) continue;
      const d = ((top + y) * width + left + x) * 3;
      out[d] = piece[p], out[d + 1] = piece[p + 1], out[d + 2] = piece[p + 2];
    }
  return out;
}

/** Outlines for decoys: same size class as the piece, different knobs on at least two sides. */
function decoyJigsaw(piece: Jigsaw): Jigsaw {
  for (;;) {
    const d = randomJigsaw({
      bodyWidth: Math.max(36, piece.bodyWidth + randomInt(-4, 5)),
      bodyHeight: Math.max(34, piece.bodyHeight + randomInt(-4, 5)),
    });
    const differing = d.sides.filter((s: SideKind, i) => s !== piece.sides[i]).length;
    if (differing >= COMPOSE_STYLE.decoyDifferingSides) return d;
  }
}

/** Knobs of the composition, exported so that the benchmark can try variations. */
export const COMPOSE_STYLE = {
  decoys: [1, 2] as [number, number],
  decoyDifferingSides: 2,
  /** Blobs (ellipses, boxes) and jigsaw shapes drawn with a gap's treatment, anywhere. */
  blobs: [3, 5] as [number, number],
  ghosts: [1, 3] as [number, number],
  /** Chance that a gap gets an object laid partly over it. */
  occluded: 0.0,
  /** Random wobble (px) of a gap's border, and how much wider than the piece it is. */
  warp: [0, 0] as [number, number],
  grow: [0.3, 1.3] as [number, number],
};

/** A smooth random displacement field (px): a few long waves. */
function wobble(amplitude: number): (x: number, y: number) => number {
  if (amplitude === 0) return () => 0;
  const waves = [0, 1, 2].map(() => ({ fx: uniform(-0.25, 0.25), fy: uniform(-0.25, 0.25), phase: uniform(0, 6.3) }));
  return (x, y) => {
    let s = 0;
    for (const w of waves) s += Math.sin(x * w.fx + y * w.fy + w.phase);
    return (s / 3) * amplitude;
  };
}

/** Where a gap is drawn: its box in the picture and its signed distance function in box coordinates. */
interface Carving {
  box: Box;
  distance: (x: number, y: number) => number;
}

/** Coverage of a carving's shape over its box, with an edge `soft` px wide, grown and wobbled. */
function carvingMask(c: Carving, grow: number, soft: number, warp: number): Float32Array {
  const { width, height } = c.box;
  const mask = new Float32Array(width * height);
  const bend = wobble(warp);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const k = 0.5 - (c.distance(x + 0.5, y + 0.5) - grow - bend(x, y)) / soft;
      mask[y * width + x] = k <= 0 ? 0 : k >= 1 ? 1 : k;
    }
  return mask;
}

/** Room around a shape's box for its grown, wobbled, feathered edge. */
const CARVE_MARGIN = 6;

function jigsawCarving(j: Jigsaw, x: number, y: number): Carving {
  const m = CARVE_MARGIN;
  return { box: { x: x - m, y: y - m, width: j.width + 2 * m, height: j.height + 2 * m }, distance: (px, py) => jigsawDistance(j, px - m, py - m) };
}

function leafCarving(leaf: Leaf): Carving {
  const reach = Math.ceil(Math.max(leaf.a, leaf.b)) + CARVE_MARGIN;
  const box: Box = { x: Math.floor(leaf.cx) - reach, y: Math.floor(leaf.cy) - reach, width: reach * 2, height: reach * 2 };
  return { box, distance: (px, py) => leafDistance(leaf, box.x + px, box.y + py) };
}

export interface ComposeOptions {
  keepOriginal?: boolean;
}

export function compose(kind: PictureKind, rgb: Uint8ClampedArray, pool: TexturePool, options: ComposeOptions = {}): Composed {
  const W = PICTURE_WIDTH, H = PICTURE_HEIGHT;
  const style = COMPOSE_STYLE;
  const background = paintBackground(rgb, W, H, pool);

  const jigsaw = randomJigsaw();
  const answerX = randomInt(Math.round(jigsaw.width * 0.6) + 10, W - jigsaw.width - 1);
  const pieceY = randomInt(2, H - jigsaw.height - 1);
  const piece = cutPiece(background.unseen({ x: answerX, y: pieceY, width: jigsaw.width, height: jigsaw.height }), jigsaw, answerX, pieceY);
  const original = options.keepOriginal ? withPiece(rgb, W, piece, jigsaw, answerX, pieceY) : undefined;
  const real: Box = { x: answerX, y: pieceY, width: jigsaw.width, height: jigsaw.height };
  const carvings: Carving[] = [jigsawCarving(jigsaw, answerX, pieceY)];

  // Decoys: other outlines in free places of the same row band (sometimes anywhere).
  const decoys: Box[] = [];
  const wanted = randomInt(style.decoys[0], style.decoys[1] + 1);
  for (let attempt = 0; attempt < 30 && decoys.length < wanted; attempt++) {
    const d = decoyJigsaw(jigsaw);
    const y = chance(0.75) ? Math.min(Math.max(pieceY + randomInt(-12, 13), 0), H - d.height) : randomInt(0, H - d.height + 1);
    const box: Box = { x: randomInt(0, W - d.width + 1), y, width: d.width, height: d.height };
    if (overlaps(box, real, 4) || decoys.some((o) => overlaps(box, o, 2))) continue;
    decoys.push(box);
    carvings.push(jigsawCarving(d, box.x, box.y));
  }

  // Blobs and ghost jigsaws with a gap's treatment, anywhere else: more of the same kind of change.
  const rng = fastRandom();
  const shadows: Box[] = [];
  const wantedBlobs = randomInt(style.blobs[0], style.blobs[1] + 1), wantedGhosts = randomInt(style.ghosts[0], style.ghosts[1] + 1);
  for (let attempt = 0, blobs = 0, ghosts = 0; attempt < 40 && (blobs < wantedBlobs || ghosts < wantedGhosts); attempt++) {
    const ghost = ghosts < wantedGhosts;
    const leaf = randomLeaf(rng, W, H, 14, 30);
    // Half of the blobs in the piece's row band, where the scanners look.
    if (blobs % 2 === 0) leaf.cy = pieceY + jigsaw.height / 2 + uniform(-jigsaw.height / 2, jigsaw.height / 2);
    if (ghost) {
      const j = randomJigsaw();
      const box: Box = { x: randomInt(-10, W - j.width + 10), y: randomInt(-10, H - j.height + 10), width: j.width, height: j.height };
      if (overlaps(box, real, 3) || decoys.some((o) => overlaps(box, o, 0))) continue;
      shadows.push(box);
      carvings.push(jigsawCarving(j, box.x, box.y));
      ghosts++;
      continue;
    }
    if (leaf.kind === "bar" || leaf.kind === "ring" || leaf.kind === "jigsaw") leaf.kind = "ellipse";
    const carving = leafCarving(leaf);
    const inner: Box = { x: carving.box.x + CARVE_MARGIN, y: carving.box.y + CARVE_MARGIN, width: carving.box.width - 2 * CARVE_MARGIN, height: carving.box.height - 2 * CARVE_MARGIN };
    if (overlaps(inner, real, 3) || decoys.some((o) => overlaps(inner, o, 0))) continue;
    shadows.push(inner);
    carvings.push(carving);
    blobs++;
  }

  let realLook: GapLook | undefined;
  for (const c of carvings) {
    const look: GapLook = randomGapLook();
    realLook ??= look;
    const grow = uniform(...style.grow), warp = uniform(...style.warp);
    carveGap(rgb, W, H, carvingMask(c, grow, look.soft, warp), c.box.width, c.box.height, c.box.x, c.box.y, background.fills(), look);
  }

  let pieceStartX: number | undefined;
  if (kind === "restoration") {
    do pieceStartX = randomInt(0, W - jigsaw.width + 1);
    while (Math.abs(pieceStartX - answerX) < jigsaw.width);
  }
  return { kind, rgb, jigsaw, piece, answerX, pieceY, pieceStartX, decoys, shadows, look: realLook!, original };
}
