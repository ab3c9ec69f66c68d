import { randomInt } from "node:crypto";
import { z } from "zod";
import type { PolicyMode } from "../policy/rules";
import type { VerificationType } from "../scenario/rules";
import { IMAGE_HEIGHT, IMAGE_WIDTH, PIECE_SIZE, pictureChallenge } from "./images";

/**
 * The five challenges: what the browser gets (never the answer) and how an attempt is judged.
 * Verdicts: "pass", "F015" (wrong interaction) or "F001" (the signals look automated).
 */
export const SLIDER_TRACK_WIDTH = 300;
/** How far (px) a piece may land from its place and still count; Attack and Defense Mode is stricter. */
export const POSITION_TOLERANCE = 6;
export const STRICT_POSITION_TOLERANCE = 3;

export interface CreatedChallenge {
  publicChallenge: Record<string, unknown>;
  answer: { x?: number };
}

export function createChallenge(type: VerificationType): CreatedChallenge {
  switch (type) {
    case "INVISIBLE":
    case "ONE_CLICK":
      return { publicChallenge: {}, answer: {} };
    case "SLIDER":
      return { publicChallenge: { trackWidth: SLIDER_TRACK_WIDTH }, answer: { x: SLIDER_TRACK_WIDTH } };
    case "PUZZLE": {
      const { image, piece, pieceY, answerX } = pictureChallenge("gap");
      return {
        publicChallenge: { image, piece, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, pieceSize: PIECE_SIZE, pieceY },
        answer: { x: answerX },
      };
    }
    case "IMAGE_RESTORATION": {
      const { image, piece, pieceY, answerX } = pictureChallenge("hole");
      // The displaced part starts well away from its place, on either side.
      let pieceStartX = randomInt(0, IMAGE_WIDTH - PIECE_SIZE);
      while (Math.abs(pieceStartX - answerX) < PIECE_SIZE) pieceStartX = randomInt(0, IMAGE_WIDTH - PIECE_SIZE);
      return {
        publicChallenge: { image, piece, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, pieceSize: PIECE_SIZE, pieceY, pieceStartX },
        answer: { x: answerX },
      };
    }
  }
}

/** What the widget reports besides the answer. All optional: missing signals count against. */
export const signalsSchema = z
  .object({
    elapsedMs: z.number().finite().min(0).max(3_600_000).optional(),
    pointerMoves: z.number().int().min(0).max(1_000_000).optional(),
    keyboard: z.boolean().optional(),
    webdriver: z.boolean().optional(),
    trajectory: z.array(z.tuple([z.number().finite(), z.number().finite()])).max(200).optional(),
    /** An interaction event that a script dispatched (isTrusted false): Block Simulated Clicks. */
    untrusted: z.boolean().optional(),
    /** navigator.platform and the WebGL renderer: Block Emulated Devices. */
    platform: z.string().max(64).optional(),
    renderer: z.string().max(256).optional(),
  })
  .default({});
export type Signals = z.infer<typeof signalsSchema>;

export const submittedAnswerSchema = z.object({ x: z.number().finite().min(-1000).max(10_000).optional() }).default({});

export type Verdict = "pass" | "F015" | "F001";

/** People take a moment and move (or tab); scripts answer instantly and stand still. */
function looksHuman(signals: Signals, minimumMs: number) {
  const interacted = (signals.pointerMoves ?? 0) > 0 || signals.keyboard === true || (signals.trajectory?.length ?? 0) >= 3;
  return (signals.elapsedMs ?? 0) >= minimumMs && interacted;
}

/** Attack and Defense Mode asks for more: a longer look, a hand-drawn path, a closer fit. */
const STRICTNESS = {
  BASIC: { minimumMs: 300, tolerance: POSITION_TOLERANCE, trajectory: 0 },
  ATTACK_AND_DEFENSE: { minimumMs: 800, tolerance: STRICT_POSITION_TOLERANCE, trajectory: 4 },
} as const;

export function judge(
  type: VerificationType,
  answer: { x?: number },
  submitted: { x?: number },
  signals: Signals,
  mode: PolicyMode = "BASIC",
): Verdict {
  const strict = STRICTNESS[mode];
  switch (type) {
    case "INVISIBLE":
      // Background check only: an automated browser, or no sign of a person at all, fails it.
      // Under attack nobody passes silently: everyone gets the additional challenge.
      if (mode === "ATTACK_AND_DEFENSE") return "F001";
      return signals.webdriver !== true && looksHuman(signals, 800) ? "pass" : "F001";
    case "ONE_CLICK":
      return looksHuman(signals, strict.minimumMs) ? "pass" : "F001";
    case "SLIDER":
    case "PUZZLE":
    case "IMAGE_RESTORATION": {
      if (submitted.x === undefined || answer.x === undefined) return "F015";
      // The slider must reach the end; a piece must land on its place.
      const off = type === "SLIDER" ? answer.x - submitted.x : Math.abs(submitted.x - answer.x);
      if (off > strict.tolerance) return "F015";
      // A dragged piece leaves a path; keyboard users move it in steps instead.
      const drawn = signals.keyboard === true || (signals.trajectory?.length ?? 0) >= strict.trajectory;
      return drawn && looksHuman(signals, strict.minimumMs) ? "pass" : "F001";
    }
  }
}
