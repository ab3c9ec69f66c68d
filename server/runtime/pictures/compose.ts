import { paintBackground, type Box } from "./background";
import { carveGap, randomGapLook, type GapLook } from "./gap";
import type { Jigsaw } from "./jigsaw";
import { FIELD_SCALE, MARGIN, type Outline, type OutlineLibrary } from "./outlines";
import { chance, randomInt } from "./random";
import type { TexturePool } from "./texture-pool";

/**
 * One challenge's picture before encoding: background, the real gap, decoy gaps with other
 * outlines, and the piece (RGBA).
 */
export const PICTURE_WIDTH = 320;
export const PICTURE_HEIGHT = 160;

export type PictureKind = "puzzle" | "restoration";
export type { Box };

export interface Composed {
  kind: PictureKind;
  /** The picture shown: RGB, PICTURE_WIDTH x PICTURE_HEIGHT. */
  rgb: Uint8ClampedArray;
  jigsaw: Jigsaw;
  /** The piece's outline (its exact field cut the piece, its wobbled field drew the gap). */
  shape: Outline;
  /** The piece: RGBA, jigsaw.width x jigsaw.height. */
  piece: Uint8Array;
  answerX: number;
  pieceY: number;
  pieceStartX?: number;
  /** The decoys' boxes (their jigsaw's box, like the piece's). */
  decoys: Box[];
  /** How the real gap was drawn (for the benchmark's breakdowns). */
  look: GapLook;
  /** The picture before the gaps were drawn, with the piece in its place (only when asked for: tests). */
  original?: Uint8ClampedArray;
}

/** Knobs of the composition, exported so that the benchmark can try variations. */
export const COMPOSE_STYLE = {
  decoys: [2, 2] as [number, number],
  /** Decoys differ from the piece on at least this many sides (of four). */
  decoyDifferingSides: 2,
  /** Chance that a decoy is a sibling of the piece (same kinds of sides, knobs elsewhere). */
  siblings: 1,
  /** Chance that a decoy is in the piece's row band (else anywhere). */
  decoyInBand: 1,
};

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * The piece: a patch of texture that the picture does not show (background.ts, unseen), in the
 * jigsaw's shape, with a soft light rim just outside the shape so that it stands out while
 * dragged. Its content does not continue the background around its place: if it did, comparing
 * the piece's border with the picture around each candidate place would find the answer every
 * time. It fits by its outline.
 */
const RIM_ALPHA = 0.7;
/** Opacity of the piece and of its rim by the value of its outline's exact field. */
const INSIDE = new Float32Array(256),
  RIM = new Float32Array(256);
for (let q = -128; q < 128; q++) {
  const d = q / FIELD_SCALE;
  INSIDE[q + 128] = Math.min(1, Math.max(0, 0.5 - d));
  RIM[q + 128] = Math.max(0, Math.min(1, 0.5 - (d - 1.7) / 1.2) - INSIDE[q + 128]) * RIM_ALPHA;
}

function cutPiece(patch: Uint8ClampedArray, o: Outline): Uint8Array {
  const j = o.jigsaw;
  const piece = new Uint8Array(j.width * j.height * 4);
  for (let y = 0; y < j.height; y++)
    for (let x = 0, f = (y + MARGIN) * o.width + MARGIN, m = y * j.width; x < j.width; x++, f++, m++) {
      const q = o.field[f] + 128;
      const inside = INSIDE[q],
        rim = RIM[q];
      const s = m * 3,
        p = m * 4;
      if (inside === 1) {
        (piece[p] = patch[s]), (piece[p + 1] = patch[s + 1]), (piece[p + 2] = patch[s + 2]), (piece[p + 3] = 255);
        continue;
      }
      const a = inside + rim;
      if (a === 0) continue;
      for (let c = 0; c < 3; c++) piece[p + c] = Math.round((patch[s + c] * inside + 255 * rim) / a);
      piece[p + 3] = Math.round(a * 255);
    }
  return piece;
}

/** The picture as it was before the gap was drawn: the background with the piece in its place. */
function withPiece(rgb: Uint8ClampedArray, width: number, piece: Uint8Array, j: Jigsaw, left: number, top: number) {
  const out = rgb.slice();
  for (let y = 0; y < j.height; y++)
    for (let x = 0; x < j.width; x++) {
      const p = (y * j.width + x) * 4;
      if (piece[p + 3] !== 255) continue;
      const d = ((top + y) * width + left + x) * 3;
      (out[d] = piece[p]), (out[d + 1] = piece[p + 1]), (out[d + 2] = piece[p + 2]);
    }
  return out;
}

export interface ComposeOptions {
  keepOriginal?: boolean;
}

export function compose(
  kind: PictureKind,
  rgb: Uint8ClampedArray,
  pool: TexturePool,
  outlines: OutlineLibrary,
  options: ComposeOptions = {},
): Composed {
  const W = PICTURE_WIDTH,
    H = PICTURE_HEIGHT;
  const style = COMPOSE_STYLE;
  const background = paintBackground(rgb, W, H, pool);

  const shape = outlines.take();
  const jigsaw = shape.jigsaw;
  // Not where the piece starts (x = 0), nor cut by the picture's edge.
  const answerX = randomInt(Math.round(jigsaw.width * 0.6) + 10, W - jigsaw.width);
  const pieceY = randomInt(1, H - jigsaw.height);
  const real: Box = { x: answerX, y: pieceY, width: jigsaw.width, height: jigsaw.height };
  const patch = new Uint8ClampedArray(jigsaw.width * jigsaw.height * 3);
  background.unseen(real, patch);
  const piece = cutPiece(patch, shape);
  const original = options.keepOriginal ? withPiece(rgb, W, piece, jigsaw, answerX, pieceY) : undefined;

  // Decoys: other outlines in free places of the piece's row band (sometimes anywhere).
  const decoys: Box[] = [];
  const decoyShapes: Outline[] = [];
  const wanted = randomInt(style.decoys[0], style.decoys[1] + 1);
  for (let attempt = 0; attempt < 40 && decoys.length < wanted; attempt++) {
    const sibling = shape.siblings[decoys.length];
    const o = sibling && chance(style.siblings) ? sibling : outlines.takeUnlike(jigsaw, style.decoyDifferingSides);
    const d = o.jigsaw;
    const inBand = chance(style.decoyInBand);
    const y = inBand ? Math.min(Math.max(pieceY + randomInt(-12, 13), 0), H - d.height) : randomInt(0, H - d.height + 1);
    const box: Box = { x: randomInt(0, W - d.width + 1), y, width: d.width, height: d.height };
    if (overlaps(box, real, 4) || decoys.some((o) => overlaps(box, o, 2))) continue;
    decoys.push(box);
    decoyShapes.push(o);
  }

  const look = randomGapLook();
  carveGap(rgb, W, H, shape, answerX - MARGIN, pieceY - MARGIN, look);
  decoys.forEach((box, i) => carveGap(rgb, W, H, decoyShapes[i], box.x - MARGIN, box.y - MARGIN, randomGapLook()));

  let pieceStartX: number | undefined;
  if (kind === "restoration") {
    // The displaced part starts well away from its place, on either side.
    do pieceStartX = randomInt(0, W - jigsaw.width + 1);
    while (Math.abs(pieceStartX - answerX) < jigsaw.width);
  }
  return { kind, rgb, jigsaw, shape, piece, answerX, pieceY, pieceStartX, decoys, look, original };
}
