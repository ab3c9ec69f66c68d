import { randomInt } from "./random";
import { paintTexture, type Texture } from "./texture";

/**
 * Textures painted ahead, and slowly replaced. Each picture is cut from them (background.ts), so a
 * texture is seen in many pictures; replacing one every `repaintEvery` pictures bounds how many
 * samples of it a scanner can collect to learn a clean background (the pool is also different in
 * every process and after every restart). Repainting costs one texture's painting, spread over
 * `repaintEvery` pictures.
 *
 * Every texture is kept with its mirror image, so that a mirrored picture is row copies too.
 */
export interface PooledTexture {
  texture: Texture;
  mirrored: Texture;
}

export interface TexturePoolOptions {
  size?: number;
  width?: number;
  height?: number;
  repaintEvery?: number;
  /** Textures painted at once (the rest are painted while pictures are made). */
  initial?: number;
}

function mirror(t: Texture): Texture {
  const rgb = new Uint8ClampedArray(t.rgb.length);
  for (let y = 0; y < t.height; y++)
    for (let x = 0; x < t.width; x++) {
      const s = (y * t.width + x) * 3,
        d = (y * t.width + t.width - 1 - x) * 3;
      (rgb[d] = t.rgb[s]), (rgb[d + 1] = t.rgb[s + 1]), (rgb[d + 2] = t.rgb[s + 2]);
    }
  return { width: t.width, height: t.height, rgb };
}

const paint = (width: number, height: number): PooledTexture => {
  const texture = paintTexture(width, height);
  return { texture, mirrored: mirror(texture) };
};

export class TexturePool {
  readonly width: number;
  readonly height: number;
  private readonly textures: PooledTexture[] = [];
  private readonly size: number;
  private readonly repaintEvery: number;
  private uses = 0;
  private oldest = 0;

  constructor({ size = 12, width = 512, height = 256, repaintEvery = 2000, initial = 4 }: TexturePoolOptions = {}) {
    this.size = Math.max(2, size); // a picture uses two different textures
    this.width = width;
    this.height = height;
    this.repaintEvery = repaintEvery;
    // Start with a few and grow as pictures are made, so that startup stays short.
    for (let i = 0; i < Math.min(this.size, Math.max(2, initial)); i++) this.textures.push(paint(width, height));
  }

  /** A texture for one picture; now and then, a new texture replaces the oldest or joins the pool. */
  take(): PooledTexture {
    const growing = this.textures.length < this.size;
    if (++this.uses >= (growing ? this.repaintEvery / 10 : this.repaintEvery)) {
      this.uses = 0;
      const fresh = paint(this.width, this.height);
      if (growing) this.textures.push(fresh);
      else {
        this.textures[this.oldest] = fresh;
        this.oldest = (this.oldest + 1) % this.size;
      }
    }
    return this.textures[randomInt(0, this.textures.length)];
  }

  /** A texture other than `not`. */
  takeOther(not: PooledTexture): PooledTexture {
    for (;;) {
      const t = this.textures[randomInt(0, this.textures.length)];
      if (t !== not) return t;
    }
  }

  get count(): number {
    return this.textures.length;
  }
}
