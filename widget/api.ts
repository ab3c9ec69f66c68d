/**
 * The widget's two calls to the CAPTCHA server (notes/runtime-design.md): initialization and the
 * client's verification. Answers follow Alibaba Cloud's API shape ({RequestId, Success, Code, ...}).
 */
import type { EnvHints } from "./env";
import type { PointerKind } from "./dom";
import type { RawEvent } from "./recorder";

export const CAPTCHA_TYPES = ["ONE_CLICK", "SLIDER", "PUZZLE", "IMAGE_RESTORATION", "INVISIBLE"] as const;
export type CaptchaType = (typeof CAPTCHA_TYPES)[number];
export const isCaptchaType = (value: unknown): value is CaptchaType => (CAPTCHA_TYPES as readonly unknown[]).indexOf(value) >= 0;

/** Public picture data: image and piece are data URLs; the piece is pieceWidth x pieceHeight at (slider value, pieceY). */
export interface PictureChallenge {
  image?: string;
  piece?: string;
  width?: number;
  height?: number;
  pieceWidth?: number;
  pieceHeight?: number;
  pieceY?: number;
  /** Image Restoration: where the displaced part (and the handle) starts. */
  pieceStartX?: number;
}
export interface SliderChallenge {
  trackWidth?: number;
}
export type ChallengeData = PictureChallenge & SliderChallenge & Record<string, unknown>;

export interface InitRequest {
  prefix: string;
  sceneId: string;
  pageUrl?: string;
  deviceToken?: string;
}
export interface InitResponse {
  RequestId?: string;
  Success: boolean;
  Code?: string;
  Message?: string;
  CertifyId?: string;
  CaptchaType?: string;
  Challenge?: ChallengeData;
  Pow?: unknown;
  /** Sealed by the server, opaque here: sent back with the verification. */
  State?: string;
  DeviceToken?: string;
}

export interface VerifyRequest {
  certifyId: string;
  state: string;
  pow: number[];
  answer: { x?: number };
  events: RawEvent[];
  pointer: PointerKind;
  /** Size of the control in CSS px: the track, the checkbox button or the page's trigger button. */
  box: [number, number];
  env: EnvHints;
  v2?: boolean;
}
export interface VerifyResponse {
  RequestId?: string;
  Success: boolean;
  Code?: string;
  Message?: string;
  Result?: { VerifyResult?: boolean; VerifyCode?: string; CertifyId?: string };
  CaptchaVerifyParam?: string;
  /** The invisible check failed: this additional challenge, with its own proof of work and state. */
  Next?: { CaptchaType?: string; Challenge?: ChallengeData; Pow?: unknown; State?: string };
}

/** What goes to the page's onError: Alibaba's error codes or this widget's own. */
export interface WidgetError {
  code: string;
  message: string;
}

export function createApi(origin: string, timeoutMs: number) {
  const controllers: AbortController[] = [];

  function post<T extends { Success: boolean; Code?: string; Message?: string }>(path: string, payload: object): Promise<T> {
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    if (controller) controllers.push(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (controller) controller.abort();
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      const index = controller ? controllers.indexOf(controller) : -1;
      if (index >= 0) controllers.splice(index, 1);
    };
    return fetch(origin + path, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      cache: "no-store",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      signal: controller ? controller.signal : undefined,
    }).then(
      (response) =>
        response.json().then(
          (data: T) => {
            done();
            if (!response.ok || !data || data.Success === false) {
              throw { code: data?.Code || "HttpError", message: data?.Message || `HTTP ${response.status}` } as WidgetError;
            }
            return data;
          },
          () => {
            done();
            throw { code: "HttpError", message: `HTTP ${response.status} from ${path} (not JSON)` } as WidgetError;
          },
        ),
      (error: Error) => {
        done();
        if (timedOut) throw { code: "Timeout", message: `No answer from ${origin}${path} within ${timeoutMs} ms` } as WidgetError;
        throw {
          code: "NetworkError",
          message: `Could not reach ${origin}${path}${error?.message ? ` (${error.message})` : ""}`,
        } as WidgetError;
      },
    );
  }

  return {
    init: (request: InitRequest) => post<InitResponse>("/api/captcha/init", request),
    verify: (request: VerifyRequest) => post<VerifyResponse>("/api/captcha/verify", request),
    /** Drops every call in flight (reload, destroy): their answers no longer matter. */
    abortAll() {
      controllers.splice(0).forEach((controller) => controller.abort());
    },
  };
}
export type Api = ReturnType<typeof createApi>;
