import { compose, PICTURE_HEIGHT, PICTURE_WIDTH, type Box, type Composed, type PictureKind } from "./compose";
import { encodeJpeg, encodeJpegs } from "./jpeg-batch";
import type { GapLook } from "./gap";
import { encodePng } from "./png";
import { OutlineLibrary } from "./outlines";
import { TexturePool } from "./texture-pool";

/**
 * Pictures are made ahead, in batches, and handed out from a queue: one batch is composed on the
 * event loop (a few ms), then JPEG-encoded in one libvips call on the thread pool (see
 * jpeg-batch.ts for why one call), and the queue is topped up again whenever it runs low. A
 * request normally finds a picture ready; when a burst empties the queue it waits for the batch
 * under way.
 */
export interface PictureChallenge {
  /** The picture shown to the person (see imageType). */
  image: Buffer;
  imageType: "image/png" | "image/jpeg" | "image/webp";
  /** PNG with alpha: the jigsaw piece, cropped to its box. */
  piece: Buffer;
  width: number;
  height: number;
  pieceWidth: number;
  pieceHeight: number;
  /** Top of the piece's box, which is also the top of its place. */
  pieceY: number;
  /** SECRET: the left of the piece's box where it fits (slider value 0..width-pieceWidth). */
  answerX: number;
  /** Image Restoration only: where the displaced piece is drawn at first. */
  pieceStartX?: number;
}

/** A made picture and what only the benchmark and tests may see: where the decoys are. */
export interface MadePicture {
  challenge: PictureChallenge;
  decoys: Box[];
  look: GapLook;
}

export interface FactoryOptions {
  pool?: TexturePool;
  outlines?: OutlineLibrary;
  /** Pictures per libvips call. */
  batch?: number;
  /** Ready pictures kept per kind. */
  ready?: number;
  quality?: number;
  /** zlib level of the piece's PNG: 0 stores it (fastest, ~2.4x the bytes). */
  pieceLevel?: number;
}

export class PictureFactory {
  readonly pool: TexturePool;
  readonly outlines: OutlineLibrary;
  private readonly batch: number;
  private readonly readyTarget: number;
  private readonly quality: number;
  private readonly pieceLevel: number;
  private readonly queues: Record<PictureKind, MadePicture[]> = { puzzle: [], restoration: [] };
  private readonly waiting: Record<PictureKind, { resolve: (p: MadePicture) => void; reject: (e: unknown) => void }[]> = {
    puzzle: [],
    restoration: [],
  };
  private readonly making: Record<PictureKind, number> = { puzzle: 0, restoration: 0 };

  constructor({ pool, outlines, batch = 16, ready = 32, quality = 72, pieceLevel = 0 }: FactoryOptions = {}) {
    this.pool = pool ?? new TexturePool();
    this.outlines = outlines ?? new OutlineLibrary();
    this.batch = batch;
    this.readyTarget = ready;
    this.quality = quality;
    this.pieceLevel = pieceLevel;
  }

  /** The next picture of a kind. */
  take(kind: PictureKind): Promise<MadePicture> {
    const picture = this.queues[kind].shift();
    const promise = picture
      ? Promise.resolve(picture)
      : new Promise<MadePicture>((resolve, reject) => this.waiting[kind].push({ resolve, reject }));
    this.topUp(kind);
    return promise;
  }

  /** Fills the queues (at startup, so that the first visitors do not wait). */
  async warmUp(kinds: PictureKind[] = ["puzzle", "restoration"]): Promise<void> {
    for (const kind of kinds) this.deliver(kind, await this.makeBatch(kind, this.batch));
  }

  /**
   * Starts a batch when the queue is below its target (or someone waits), with at most two
   * batches under way per kind: one being composed on the event loop while the other is encoded on
   * the thread pool.
   */
  private topUp(kind: PictureKind) {
    const short = this.queues[kind].length + this.making[kind] * this.batch < this.readyTarget + this.waiting[kind].length;
    if (!short || this.making[kind] >= 2) return;
    this.making[kind]++;
    this.makeBatch(kind, this.batch).then(
      (made) => {
        this.making[kind]--;
        this.deliver(kind, made);
        this.topUp(kind);
      },
      (error: unknown) => {
        this.making[kind]--;
        // Nothing to hand out: fail the waiting requests rather than let them hang.
        for (const waiter of this.waiting[kind].splice(0)) waiter.reject(error);
      },
    );
  }

  private deliver(kind: PictureKind, made: MadePicture[]) {
    for (const picture of made) {
      const waiter = this.waiting[kind].shift();
      if (waiter) waiter.resolve(picture);
      else this.queues[kind].push(picture);
    }
  }

  /** JPEG in one call; else one call per picture; else (no sharp) PNG, slower and ~6x larger. */
  private async encode(
    stack: Uint8ClampedArray,
    composed: Composed[],
  ): Promise<{ images: Buffer[]; imageType: PictureChallenge["imageType"] }> {
    const W = PICTURE_WIDTH,
      H = PICTURE_HEIGHT;
    try {
      return { images: await encodeJpegs(stack, W, H, composed.length, this.quality), imageType: "image/jpeg" };
    } catch (batchError) {
      try {
        return { images: await Promise.all(composed.map((c) => encodeJpeg(c.rgb, W, H, this.quality))), imageType: "image/jpeg" };
      } catch {
        if (!this.warned) console.warn("pictures: JPEG encoding unavailable, sending PNG", batchError);
        this.warned = true;
        return { images: composed.map((c) => encodePng(c.rgb, W, H, 3, 1)), imageType: "image/png" };
      }
    }
  }

  private warned = false;
  /** Stacks of finished batches (at most four kept). */
  private readonly freeStacks: Uint8ClampedArray[] = [];

  /** Composes and encodes `count` pictures. */
  async makeBatch(kind: PictureKind, count: number): Promise<MadePicture[]> {
    const W = PICTURE_WIDTH,
      H = PICTURE_HEIGHT,
      size = W * H * 3;
    const stack = this.takeStack(size * count);
    try {
      const composed: Composed[] = [];
      for (let i = 0; i < count; i++) composed.push(compose(kind, stack.subarray(i * size, (i + 1) * size), this.pool, this.outlines));
      const pieces = composed.map((c) => encodePng(c.piece, c.jigsaw.width, c.jigsaw.height, 4, this.pieceLevel));
      const { images, imageType } = await this.encode(stack, composed);
      return composed.map((c, i) => ({
        challenge: {
          image: images[i],
          imageType,
          piece: pieces[i],
          width: W,
          height: H,
          pieceWidth: c.jigsaw.width,
          pieceHeight: c.jigsaw.height,
          pieceY: c.pieceY,
          answerX: c.answerX,
          ...(c.pieceStartX === undefined ? {} : { pieceStartX: c.pieceStartX }),
        },
        decoys: c.decoys,
        look: c.look,
      }));
    } finally {
      if (this.freeStacks.length < 4) this.freeStacks.push(stack);
    }
  }

  /** Stacks are reused: a fresh 2 MB buffer per batch costs page faults and collections. */
  private takeStack(length: number): Uint8ClampedArray {
    const i = this.freeStacks.findIndex((s) => s.length === length);
    return i >= 0 ? this.freeStacks.splice(i, 1)[0] : new Uint8ClampedArray(length);
  }
}
