import { PNG } from "pngjs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { compose, PICTURE_HEIGHT, PICTURE_WIDTH, type Composed, type PictureKind } from "./compose";
import { PictureFactory } from "./factory";
import { carveGap, coverageTable, randomGapLook } from "./gap";
import { encodeJpegs } from "./jpeg-batch";
import { MARGIN, OutlineLibrary } from "./outlines";
import { encodePng } from "./png";
import { TexturePool } from "./texture-pool";

// Small pools: painting is the slow part, and what is tested does not depend on their size.
const pool = new TexturePool({ size: 3, initial: 3 });
const outlines = new OutlineLibrary(16);
const W = PICTURE_WIDTH,
  H = PICTURE_HEIGHT;

const make = (kind: PictureKind, n: number): Composed[] =>
  Array.from({ length: n }, () => compose(kind, new Uint8ClampedArray(W * H * 3), pool, outlines, { keepOriginal: true }));
const puzzles = make("puzzle", 24);
const restorations = make("restoration", 24);

describe("sizes and ranges", () => {
  it.each([
    ["puzzle", puzzles],
    ["restoration", restorations],
  ] as const)("%s: the piece's box is inside the picture, its place is not where it starts", (kind, pictures) => {
    for (const c of pictures) {
      const { width, height } = c.jigsaw;
      expect(c.rgb.length).toBe(W * H * 3);
      expect(c.piece.length).toBe(width * height * 4);
      expect(width).toBeGreaterThanOrEqual(40);
      expect(width).toBeLessThanOrEqual(90);
      expect(c.answerX).toBeGreaterThanOrEqual(0);
      expect(c.answerX).toBeLessThanOrEqual(W - width);
      expect(c.pieceY).toBeGreaterThanOrEqual(0);
      expect(c.pieceY).toBeLessThanOrEqual(H - height);
      // The puzzle's piece starts at x = 0: its place is well away from there.
      expect(c.answerX).toBeGreaterThan(width / 2);
      if (kind === "restoration") {
        expect(c.pieceStartX).toBeGreaterThanOrEqual(0);
        expect(c.pieceStartX).toBeLessThanOrEqual(W - width);
        expect(Math.abs(c.pieceStartX! - c.answerX)).toBeGreaterThanOrEqual(width);
      } else expect(c.pieceStartX).toBeUndefined();
    }
  });

  it("piece heights vary", () => {
    expect(new Set(puzzles.map((c) => c.jigsaw.height)).size).toBeGreaterThan(5);
  });
});

describe("the piece fits its place", () => {
  it("its opaque pixels are the picture's pixels at answerX before the gap was drawn", () => {
    for (const c of [...puzzles, ...restorations]) {
      const { width, height } = c.jigsaw;
      let opaque = 0,
        different = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const p = (y * width + x) * 4;
          if (c.piece[p + 3] !== 255) continue;
          opaque++;
          const o = ((c.pieceY + y) * W + c.answerX + x) * 3;
          for (let k = 0; k < 3; k++) if (c.piece[p + k] !== c.original![o + k]) different++;
        }
      // Not an empty piece: the smallest (about 40 x 40 px, a socket cut from every side) keeps
      // some 900 opaque pixels, so the bar is well below that (a random small piece failed 1,000).
      expect(opaque).toBeGreaterThan(500);
      expect(different).toBe(0);
    }
  });

  it("the gap is centred on the piece: its middle is the piece's middle, within a pixel and a half", () => {
    for (const c of puzzles) {
      const o = c.shape;
      const cover = coverageTable(c.look.grow, c.look.soft);
      let gx = 0,
        gy = 0,
        g = 0,
        px = 0,
        py = 0,
        p = 0;
      for (let y = 0; y < o.height; y++)
        for (let x = 0; x < o.width; x++) {
          const a = cover[o.wobbled[y * o.width + x] + 128];
          (gx += a * x), (gy += a * y), (g += a);
          if (o.field[y * o.width + x] < 0) (px += x), (py += y), p++;
        }
      expect(Math.abs(gx / g - px / p)).toBeLessThan(1.5);
      expect(Math.abs(gy / g - py / p)).toBeLessThan(1.5);
      expect(o.width).toBe(c.jigsaw.width + 2 * MARGIN);
    }
  });

  it("the picture changed where the gap is, and nowhere else but at decoys", () => {
    for (const c of puzzles) {
      // Where gaps may be: the piece's and the decoys' boxes, with the room their edges take.
      const allowed = new Uint8Array(W * H);
      for (const b of [{ x: c.answerX, y: c.pieceY, width: c.jigsaw.width, height: c.jigsaw.height }, ...c.decoys])
        for (let y = Math.max(0, b.y - MARGIN); y < Math.min(H, b.y + b.height + MARGIN); y++)
          allowed.fill(1, y * W + Math.max(0, b.x - MARGIN), y * W + Math.min(W, b.x + b.width + MARGIN));
      let elsewhere = 0;
      for (let i = 0; i < W * H; i++) {
        const d =
          Math.abs(c.rgb[i * 3] - c.original![i * 3]) +
          Math.abs(c.rgb[i * 3 + 1] - c.original![i * 3 + 1]) +
          Math.abs(c.rgb[i * 3 + 2] - c.original![i * 3 + 2]);
        if (d > 3 && !allowed[i]) elsewhere++;
      }
      expect(elsewhere).toBe(0);
    }
  });
});

describe("people can see the gap", () => {
  // Colour changes at an even brightness kept scanners near chance and hid the gap from people
  // too: what people see first is brightness. Every look a gap is drawn with must change the
  // brightness of what is under it by at least 16 levels (of 255) on average inside the outline
  // (side lighting, darker on one side and lighter on the other, is the lowest: 19-40).
  it("every gap look changes brightness by 16 levels or more on average", () => {
    const luma = (a: Uint8ClampedArray, i: number) => 0.299 * a[i] + 0.587 * a[i + 1] + 0.114 * a[i + 2];
    for (let n = 0; n < 200; n++) {
      const o = outlines.take();
      const grey = new Uint8ClampedArray(o.width * o.height * 3).fill(128);
      const drawn = grey.slice();
      const look = randomGapLook();
      carveGap(drawn, o.width, o.height, o, 0, 0, look);
      let change = 0,
        pixels = 0;
      for (let i = 0; i < o.width * o.height; i++)
        if (o.field[i] < 0) {
          change += Math.abs(luma(drawn, i * 3) - luma(grey, i * 3));
          pixels++;
        }
      expect(change / pixels).toBeGreaterThanOrEqual(16);
    }
  });
});

describe("decoys", () => {
  it("never overlap the piece's place, and there is at least one", () => {
    for (const c of [...puzzles, ...restorations]) {
      expect(c.decoys.length).toBeGreaterThanOrEqual(1);
      for (const d of c.decoys) {
        const apart =
          d.x + d.width <= c.answerX ||
          c.answerX + c.jigsaw.width <= d.x ||
          d.y + d.height <= c.pieceY ||
          c.pieceY + c.jigsaw.height <= d.y;
        expect(apart).toBe(true);
      }
    }
  });
});

describe("every picture is new", () => {
  it("pictures, pieces and answers differ from call to call", () => {
    const images = new Set(puzzles.map((c) => Buffer.from(c.rgb.buffer, c.rgb.byteOffset, 4096).toString("base64")));
    const pieces = new Set(puzzles.map((c) => Buffer.from(c.piece).toString("base64")));
    expect(images.size).toBe(puzzles.length);
    expect(pieces.size).toBe(puzzles.length);
    expect(new Set(puzzles.map((c) => c.answerX)).size).toBeGreaterThan(12);
  });
});

describe("encoding", () => {
  it("PNG: what is written is what pngjs reads back (stored and compressed)", () => {
    const c = puzzles[0];
    for (const level of [0, 1, 6]) {
      const png = PNG.sync.read(encodePng(c.piece, c.jigsaw.width, c.jigsaw.height, 4, level));
      expect([png.width, png.height]).toEqual([c.jigsaw.width, c.jigsaw.height]);
      expect(Buffer.from(png.data).equals(Buffer.from(c.piece))).toBe(true);
    }
  });

  it("JPEG in a batch: one standalone JPEG per picture, each close to its picture", async () => {
    const stack = new Uint8ClampedArray(W * H * 3 * 3);
    puzzles.slice(0, 3).forEach((c, i) => stack.set(c.rgb, i * W * H * 3));
    const jpegs = await encodeJpegs(stack, W, H, 3, 80);
    expect(jpegs).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const { data, info } = await sharp(jpegs[i]).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels]).toEqual([W, H, 3]);
      let error = 0;
      for (let k = 0; k < data.length; k++) error += Math.abs(data[k] - puzzles[i].rgb[k]);
      expect(error / data.length).toBeLessThan(12);
    }
  });
});

describe("the factory", () => {
  it("hands out complete challenges, also to many callers at once", async () => {
    const factory = new PictureFactory({ pool, outlines, batch: 4, ready: 4 });
    const made = await Promise.all(Array.from({ length: 10 }, () => factory.take("restoration")));
    for (const { challenge } of made) {
      expect(challenge.imageType).toBe("image/jpeg");
      expect(challenge.image.subarray(0, 2).toString("hex")).toBe("ffd8");
      expect(challenge.piece.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([challenge.width, challenge.height]).toEqual([W, H]);
      expect(challenge.pieceStartX).toBeTypeOf("number");
      const piece = PNG.sync.read(challenge.piece);
      expect([piece.width, piece.height]).toEqual([challenge.pieceWidth, challenge.pieceHeight]);
    }
    expect(new Set(made.map((m) => m.challenge.image.length)).size).toBeGreaterThan(5);
  });
});
