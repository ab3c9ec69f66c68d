import type { Sharp, SharpOptions } from "sharp";

/**
 * JPEG encoding of many pictures in one call to libvips. A call to sharp costs ~0.4 ms of fixed
 * overhead (pipeline set-up, encoder set-up) on top of ~0.3 ms of actual encoding for a 320 x 160
 * picture: the overhead alone would cap a core at ~1,000 pictures/s. So pictures are stacked into
 * one tall image and saved as a TIFF with JPEG compression in strips of one picture's height
 * (libvips takes rows per strip from tile_height): every strip of such a TIFF is a complete JPEG
 * stream except for its tables, which the TIFF keeps once (JPEGTables tag). Each picture's JPEG
 * is then the tables followed by its strip: a standard baseline JFIF-less YCbCr 4:2:0 JPEG that
 * every browser decodes. (Tiles work the same way but cost ~50 % more per picture than strips;
 * measured: one tall JPEG 353 us/picture, strips 339, tiles 510.)
 *
 * Encoding runs on libuv's thread pool, off the event loop. sharp is loaded on first use, so that
 * a server without it still starts (factory.ts then falls back to PNG).
 */
type SharpFactory = (input: Uint8Array, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | undefined;
const sharp = () =>
  (loading ??= import("sharp").then(({ default: s }) => {
    s.cache(false);
    s.concurrency(1); // small images: one libvips thread each, parallelism comes from the pool
    return s as unknown as SharpFactory;
  }));

const bytes = (a: Uint8Array | Uint8ClampedArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

interface Ifd {
  le: boolean;
  entries: Map<number, { type: number; count: number; valueOffset: number }>;
}

function readIfd(tiff: Buffer): Ifd {
  const le = tiff.readUInt16LE(0) === 0x4949;
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  if (u16(2) !== 42) throw new Error("not a classic TIFF");
  const at = u32(4);
  const entries = new Map<number, { type: number; count: number; valueOffset: number }>();
  const sizes = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];
  for (let i = 0, n = u16(at); i < n; i++) {
    const e = at + 2 + i * 12;
    const type = u16(e + 2),
      count = u32(e + 4);
    const inline = (sizes[type] ?? 1) * count <= 4;
    entries.set(u16(e), { type, count, valueOffset: inline ? e + 8 : u32(e + 8) });
  }
  return { le, entries };
}

function numbers(tiff: Buffer, ifd: Ifd, tag: number): number[] {
  const e = ifd.entries.get(tag);
  if (!e) throw new Error(`TIFF tag ${tag} missing`);
  const out: number[] = [];
  for (let i = 0; i < e.count; i++) {
    const o = e.valueOffset + i * (e.type === 3 ? 2 : 4);
    out.push(e.type === 3 ? (ifd.le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o)) : ifd.le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  }
  return out;
}

const JFIF = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);

/** Splits a JPEG-compressed TIFF into one standalone JPEG per strip (or tile). */
export function splitStrips(tiff: Buffer): Buffer[] {
  const ifd = readIfd(tiff);
  const tablesEntry = ifd.entries.get(347);
  if (!tablesEntry || numbers(tiff, ifd, 259)[0] !== 7) throw new Error("not a JPEG-compressed TIFF");
  const tables = tiff.subarray(tablesEntry.valueOffset, tablesEntry.valueOffset + tablesEntry.count);
  // Tables: SOI, DQT..., DHT..., EOI. Keep all but the EOI.
  if (tables[0] !== 0xff || tables[1] !== 0xd8 || tables[tables.length - 2] !== 0xff || tables[tables.length - 1] !== 0xd9)
    throw new Error("unexpected JPEGTables");
  // SOI, a JFIF APP0 (not needed by decoders, which take 3 components with ids 1-3 as YCbCr, but
  // it makes every picture a plain JFIF file), then the tables.
  const head = Buffer.concat([tables.subarray(0, 2), JFIF, tables.subarray(2, tables.length - 2)]);
  const tiled = ifd.entries.has(324);
  const offsets = numbers(tiff, ifd, tiled ? 324 : 273),
    counts = numbers(tiff, ifd, tiled ? 325 : 279);
  return offsets.map((offset, i) => {
    const tile = tiff.subarray(offset, offset + counts[i]);
    if (tile[0] !== 0xff || tile[1] !== 0xd8) throw new Error("strip is not a JPEG stream");
    return Buffer.concat([head, tile.subarray(2)]);
  });
}

/**
 * Encodes `count` RGB pictures of width x height, stacked top to bottom in `stack`, as JPEGs.
 * Width and height must be multiples of 16 (one strip per picture, 4:2:0 MCUs).
 */
export async function encodeJpegs(
  stack: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  count: number,
  quality: number,
): Promise<Buffer[]> {
  const tiff = await (await sharp())(bytes(stack), { raw: { width, height: height * count, channels: 3 } })
    .tiff({ compression: "jpeg", quality, tile: false, tileWidth: width, tileHeight: height })
    .toBuffer();
  const jpegs = splitStrips(tiff);
  if (jpegs.length !== count) throw new Error(`expected ${count} strips, got ${jpegs.length}`);
  return jpegs;
}

/** One picture, one call: the fallback, and the reference the batch is measured against. */
export async function encodeJpeg(rgb: Uint8Array | Uint8ClampedArray, width: number, height: number, quality: number): Promise<Buffer> {
  return (await sharp())(bytes(rgb), { raw: { width, height, channels: 3 } })
    .jpeg({ quality, optimiseCoding: false })
    .toBuffer();
}
