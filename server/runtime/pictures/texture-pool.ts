import { randomInt } from "./random";
import { paintTexture, type Texture } from "./texture";

/**
 * Textures painted ahead, and slowly replaced. Each picture is cut from them (background.ts), so a
 * texture is seen in many pictures; replacing the oldest one every `repaintEvery` pictures bounds
 * how many samples of it a scanner can collect to learn a clean background (the pool is also
 * different in every process and after every restart). Repainting costs one texture's painting,
 * spread over `repaintEvery` pictures.
 */
export interface TexturePoolOptions {
  size?: number;
  width?: number;
  height?: number;
  repaintEvery?: number;
}

export class TexturePool {
  readonly width: number;
  readonly height: number;
  private readonly textures: Texture[] = [];
  private readonly size: number;
  private readonly repaintEvery: number;
  private uses = 0;
  private oldest = 0;

  constructor({ size = 12, width = 512, height = 256, repaintEvery = 300 }: TexturePoolOptions = {}) {
    this.size = Math.max(3, size); // backgrounds use three different textures
    this.width = width;
    this.height = height;
    this.repaintEvery = repaintEvery;
    // Start with a few and grow as pictures are made, so that startup stays short.
    for (let i = 0; i < Math.min(this.size, 4); i++) this.textures.push(paintTexture(width, height));
  }

  /** A texture for one picture; now and then, a new texture replaces or joins the pool. */
  take(): Texture {
    if (++this.uses >= this.repaintEvery / (this.textures.length < this.size ? 8 : 1)) {
      this.uses = 0;
      const fresh = paintTexture(this.width, this.height);
      if (this.textures.length < this.size) this.textures.push(fresh);
      else {
        this.textures[this.oldest] = fresh;
        this.oldest = (this.oldest + 1) % this.size;
      }
    }
    return this.textures[randomInt(0, this.textures.length)];
  }

  /** A texture other than those given (the pool always holds more than two). */
  takeOther(...not: Texture[]): Texture {
    for (;;) {
      const t = this.textures[randomInt(0, this.textures.length)];
      if (!not.includes(t)) return t;
    }
  }

  get count(): number {
    return this.textures.length;
  }
}
