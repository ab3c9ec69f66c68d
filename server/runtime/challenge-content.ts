import type { PolicyMode } from "../policy/rules";
import type { VerificationType } from "../scenario/rules";
import { puzzlePicture, restorationPicture, type PictureChallenge } from "./pictures";

/**
 * What each challenge shows the person (sent to the browser) and what only the server knows: the
 * answer, and where the slider starts and ends. Pictures come from pictures/ (no outline, no flat
 * darkening, jigsaw pieces, decoys).
 */
export const SLIDER_TRACK_WIDTH = 300;

/** How far (in challenge units) a piece may land from its place and still count. */
export const POSITION_TOLERANCE: Record<PolicyMode, number> = { BASIC: 6, ATTACK_AND_DEFENSE: 3 };
/** How close to the end the slider must be let go. */
export const SLIDER_END_TOLERANCE = 4;

export interface ChallengeContent {
  /** For the browser. */
  shown: Record<string, unknown>;
  /** Secret: where the piece belongs; undefined for the slider (its end) and the click types. */
  answerX?: number;
  /** The slider's range and where its handle starts. */
  max: number;
  startValue: number;
}

const dataUrl = (bytes: Buffer, type: string) => `data:${type};base64,${bytes.toString("base64")}`;

function pictureShown(picture: PictureChallenge) {
  return {
    image: dataUrl(picture.image, picture.imageType),
    piece: dataUrl(picture.piece, "image/png"),
    width: picture.width,
    height: picture.height,
    pieceWidth: picture.pieceWidth,
    pieceHeight: picture.pieceHeight,
    pieceY: picture.pieceY,
  };
}

export async function challengeContent(type: VerificationType): Promise<ChallengeContent> {
  switch (type) {
    case "INVISIBLE":
    case "ONE_CLICK":
      return { shown: {}, max: 0, startValue: 0 };
    case "SLIDER":
      return { shown: { trackWidth: SLIDER_TRACK_WIDTH }, max: SLIDER_TRACK_WIDTH, startValue: 0 };
    case "PUZZLE": {
      const picture = await puzzlePicture();
      return { shown: pictureShown(picture), answerX: picture.answerX, max: picture.width - picture.pieceWidth, startValue: 0 };
    }
    case "IMAGE_RESTORATION": {
      const picture = await restorationPicture();
      const startValue = picture.pieceStartX ?? 0;
      return {
        shown: { ...pictureShown(picture), pieceStartX: startValue },
        answerX: picture.answerX,
        max: picture.width - picture.pieceWidth,
        startValue,
      };
    }
  }
}

/** Whether the value the events arrived at solves the challenge. */
export function answerIsRight(type: VerificationType, value: number, state: { answerX?: number; max: number }, mode: PolicyMode): boolean {
  if (type === "SLIDER") return value >= state.max - SLIDER_END_TOLERANCE;
  if (state.answerX === undefined) return false;
  return Math.abs(value - state.answerX) <= POSITION_TOLERANCE[mode];
}
