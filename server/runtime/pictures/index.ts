/**
 * Puzzle Verification and Image Restoration pictures without the tells of images.ts: see
 * README-style notes below, and the figures measured by scripts/bench/picture-scanners.ts.
 */
import type { PictureKind } from "./compose";
import { PictureFactory, type PictureChallenge } from "./factory";

export type { PictureChallenge } from "./factory";
export { PICTURE_HEIGHT, PICTURE_WIDTH } from "./compose";

let factory: PictureFactory | undefined;
const theFactory = () => (factory ??= new PictureFactory());

const take = async (kind: PictureKind): Promise<PictureChallenge> => (await theFactory().take(kind)).challenge;

export const puzzlePicture = (): Promise<PictureChallenge> => take("puzzle");
export const restorationPicture = (): Promise<PictureChallenge> => take("restoration");

/** Paints the first textures and fills the queues; call once at startup (optional). */
export const warmUpPictures = (): Promise<void> => theFactory().warmUp();
