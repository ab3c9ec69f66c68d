import { randomInt } from "node:crypto";
import { PNG } from "pngjs";

/**
 * Generated pictures for the Puzzle Verification and Image Restoration challenges. Every picture
 * is new (random colours and shapes), so answers cannot be looked up, and it is sent as a PNG:
 * where the gap is can only be found by looking at pixels, not by reading markup.
 */
export const IMAGE_WIDTH = 300;
export const IMAGE_HEIGHT = 150;
export const PIECE_SIZE = 50;

type Rgb = [number, number, number];
const randomColor = (): Rgb => [randomInt(40, 220), randomInt(40, 220), randomInt(40, 220)];

function paintScene(): PNG {
  const png = new PNG({ width: IMAGE_WIDTH, height: IMAGE_HEIGHT });
  const [a, b] = [randomColor(), randomColor()];
  for (let y = 0; y < IMAGE_HEIGHT; y++) {
    for (let x = 0; x < IMAGE_WIDTH; x++) {
      const t = (x / IMAGE_WIDTH + y / IMAGE_HEIGHT) / 2;
      const i = (y * IMAGE_WIDTH + x) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(a[c] * (1 - t) + b[c] * t);
      png.data[i + 3] = 255;
    }
  }
  for (let shape = 0; shape < 14; shape++) {
    const color = randomColor();
    const [cx, cy, r] = [randomInt(IMAGE_WIDTH), randomInt(IMAGE_HEIGHT), randomInt(8, 40)];
    const square = randomInt(2) === 0;
    for (let y = Math.max(0, cy - r); y < Math.min(IMAGE_HEIGHT, cy + r); y++) {
      for (let x = Math.max(0, cx - r); x < Math.min(IMAGE_WIDTH, cx + r); x++) {
        if (!square && (x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
        const i = (y * IMAGE_WIDTH + x) * 4;
        for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(png.data[i + c] * 0.35 + color[c] * 0.65);
      }
    }
  }
  return png;
}

function cutPiece(scene: PNG, left: number, top: number): PNG {
  const piece = new PNG({ width: PIECE_SIZE, height: PIECE_SIZE });
  PNG.bitblt(scene, piece, left, top, PIECE_SIZE, PIECE_SIZE, 0, 0);
  for (let y = 0; y < PIECE_SIZE; y++) {
    for (let x = 0; x < PIECE_SIZE; x++) {
      if (x > 1 && y > 1 && x < PIECE_SIZE - 2 && y < PIECE_SIZE - 2) continue;
      const i = (y * PIECE_SIZE + x) * 4;
      piece.data[i] = piece.data[i + 1] = piece.data[i + 2] = 255; // a light outline
    }
  }
  return piece;
}

/** Darkens (puzzle gap) or greys out (restoration hole) the square where the piece belongs. */
function markHole(scene: PNG, left: number, top: number, style: "gap" | "hole") {
  for (let y = top; y < top + PIECE_SIZE; y++) {
    for (let x = left; x < left + PIECE_SIZE; x++) {
      const i = (y * IMAGE_WIDTH + x) * 4;
      const edge = x < left + 2 || y < top + 2 || x >= left + PIECE_SIZE - 2 || y >= top + PIECE_SIZE - 2;
      for (let c = 0; c < 3; c++) {
        scene.data[i + c] = edge ? 235 : style === "gap" ? Math.round(scene.data[i + c] * 0.4) : 128 + randomInt(-12, 12);
      }
    }
  }
}

const dataUrl = (png: PNG) => `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;

export interface PictureChallenge {
  image: string;
  piece: string;
  pieceY: number;
  /** Secret: where the piece belongs. */
  answerX: number;
}

export function pictureChallenge(style: "gap" | "hole"): PictureChallenge {
  const scene = paintScene();
  const answerX = randomInt(PIECE_SIZE + 20, IMAGE_WIDTH - PIECE_SIZE - 4);
  const pieceY = randomInt(8, IMAGE_HEIGHT - PIECE_SIZE - 8);
  const piece = cutPiece(scene, answerX, pieceY);
  markHole(scene, answerX, pieceY, style);
  return { image: dataUrl(scene), piece: dataUrl(piece), pieceY, answerX };
}
