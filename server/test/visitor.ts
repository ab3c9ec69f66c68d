import { humanClick, humanDrag, humanKeyActivation, humanKeyboard, type Random } from "../../e2e/human-motion";
import { solveAll, type Pow } from "../../widget/pow/puzzles";
import { sliderValueFrom, type RawEvent } from "../runtime/behaviour";
import { openState } from "../runtime/challenge-state";
import type { VerificationType } from "../scenario/rules";

/**
 * A visitor of a customer's page, below the browser: it speaks the widget's protocol over HTTP
 * (POST /api/captcha/init and /api/captcha/verify), pays the proof of work with the widget's own
 * solver, and acts with the human-motion generator (e2e/human-motion.ts). Integration tests and
 * the adversary benchmark use it; the scripted attackers of scripts/bench/bots replace parts of it.
 *
 * Where the piece of a picture challenge belongs is what a person sees in the picture; below the
 * browser the visitor reads it from the sealed state, which only code holding the server key can
 * open — the tests' stand-in for eyes. Nothing else about the answer is known to it.
 */
export interface InitAnswer {
  Success: boolean;
  Code: string;
  CertifyId: string;
  CaptchaType: VerificationType;
  Challenge: Record<string, unknown>;
  Pow: Pow;
  State: string;
  DeviceToken: string;
}

export interface VerifyAnswer {
  Success: boolean;
  Code?: string;
  Result: { VerifyResult: boolean; VerifyCode: string; CertifyId: string };
  CaptchaVerifyParam?: string;
  Next?: { CaptchaType: VerificationType; Challenge: Record<string, unknown>; Pow: Pow; State: string };
}

export interface Attempt {
  answer: { x?: number };
  events: RawEvent[];
  pointer: "mouse" | "touch" | "keyboard" | "none";
  box?: [number, number];
}

/** A challenge as the widget holds it: from an initialization or from a Next. */
export interface Shown {
  certifyId: string;
  type: VerificationType;
  challenge: Record<string, unknown>;
  pow: Pow;
  state: string;
}

export const shownFromInit = (init: InitAnswer): Shown => ({
  certifyId: init.CertifyId,
  type: init.CaptchaType,
  challenge: init.Challenge,
  pow: init.Pow,
  state: init.State,
});
export const shownFromNext = (certifyId: string, next: NonNullable<VerifyAnswer["Next"]>): Shown => ({
  certifyId,
  type: next.CaptchaType,
  challenge: next.Challenge,
  pow: next.Pow,
  state: next.State,
});

/** The widget's layout: the slider track and the buttons, in CSS px. */
export const LAYOUT = {
  sliderTrack: [360, 40] as [number, number],
  pictureTrack: [300, 40] as [number, number],
  checkbox: [360, 40] as [number, number],
  trigger: [120, 40] as [number, number],
};

export function solvePow(pow: Pow): number[] {
  return solveAll(
    pow,
    pow.challenges.map((_, index) => index),
  );
}

/** Where the handle starts and how far it goes, and (for pictures) where the piece belongs. */
export function sliderGeometry(shown: Shown) {
  if (shown.type === "SLIDER")
    return { max: Number(shown.challenge.trackWidth), start: 0, target: Number(shown.challenge.trackWidth), box: LAYOUT.sliderTrack };
  const max = Number(shown.challenge.width) - Number(shown.challenge.pieceWidth);
  const start = Number(shown.challenge.pieceStartX ?? 0);
  return { max, start, target: openState(shown.state)?.a ?? 0, box: LAYOUT.pictureTrack };
}

/** What a person does with the challenge on screen: by pointer (mouse or touch) or by keyboard. */
export function humanAttempt(
  random: Random,
  shown: Shown,
  how: "mouse" | "touch" | "keyboard" = "mouse",
  options: { miss?: number } = {},
): Attempt {
  if (shown.type === "ONE_CLICK" || shown.type === "INVISIBLE") {
    const box = shown.type === "ONE_CLICK" ? LAYOUT.checkbox : LAYOUT.trigger;
    if (how === "keyboard") return { answer: {}, ...humanKeyActivation(random), box, pointer: "keyboard" };
    const motion = humanClick(random, { box, pointer: how });
    return { answer: {}, events: motion.events, pointer: how, box };
  }
  const { max, start, target, box } = sliderGeometry(shown);
  // A miss goes the way there is room for it (a piece near the edge is missed the other way).
  const miss = options.miss ?? 0;
  const to = Math.min(max, Math.max(0, target + miss >= 0 && target + miss <= max ? target + miss : target - miss));
  const motion =
    how === "keyboard"
      ? humanKeyboard(random, { from: start, to, max })
      : humanDrag(random, { from: start, to, pointer: how, unitsPerPx: max / (box[0] - box[1]) });
  const reached = sliderValueFrom(motion.events, { startValue: start, max });
  return { answer: { x: reached.value }, events: motion.events, pointer: motion.pointer === "keyboard" ? "keyboard" : how, box };
}

export class Visitor {
  deviceToken?: string;

  constructor(
    readonly origin: string,
    readonly page: { prefix: string; sceneId: string; pageUrl?: string },
    readonly headers: Record<string, string> = {},
  ) {}

  async init(): Promise<InitAnswer> {
    const answer = await this.post<InitAnswer>("/api/captcha/init", {
      ...this.page,
      ...(this.deviceToken && { deviceToken: this.deviceToken }),
    });
    if (answer.DeviceToken) this.deviceToken = answer.DeviceToken;
    return answer;
  }

  verify(
    shown: Shown,
    attempt: Attempt,
    extra: { pow?: number[] | null; env?: Record<string, unknown>; v2?: boolean } = {},
  ): Promise<VerifyAnswer> {
    return this.post<VerifyAnswer>("/api/captcha/verify", {
      certifyId: shown.certifyId,
      state: shown.state,
      pow: extra.pow === undefined ? solvePow(shown.pow) : (extra.pow ?? []),
      answer: attempt.answer,
      events: attempt.events,
      pointer: attempt.pointer,
      ...(attempt.box && { box: attempt.box }),
      env: extra.env ?? { platform: "Linux x86_64" },
      ...(extra.v2 && { v2: true }),
    });
  }

  /** Initializes and solves like a person, following an additional challenge when one comes. */
  async solve(random: Random, how: "mouse" | "touch" | "keyboard" = "mouse", extra: { env?: Record<string, unknown>; v2?: boolean } = {}) {
    const init = await this.init();
    if (!init.Success) throw new Error(`init failed: ${init.Code}`);
    let shown = shownFromInit(init);
    let answer = await this.verify(shown, humanAttempt(random, shown, how), extra);
    if (answer.Next) {
      shown = shownFromNext(init.CertifyId, answer.Next);
      answer = await this.verify(shown, humanAttempt(random, shown, how), extra);
    }
    return answer;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36",
        ...this.headers,
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as T;
  }
}
