import { randomInt } from "node:crypto";
import { expect, type Locator, type Page, type Response } from "@playwright/test";
import type { RawEvent } from "../../server/runtime/behaviour/events";
import type { VerificationType } from "../../server/scenario/rules";
import { humanClick, humanDrag, humanKeyActivation, humanKeyboard, seededRandom } from "../human-motion";

/** How a person finds each challenge: by its accessible name, as a screen reader announces it. */
export const CHALLENGE_CONTROLS = {
  ONE_CLICK: { role: "button", name: "Click to verify" },
  SLIDER: { role: "slider", name: "Slide to verify" },
  PUZZLE: { role: "slider", name: "Slide to complete the puzzle" },
  IMAGE_RESTORATION: { role: "slider", name: "Slide to restore the image" },
} as const;
export type VisibleChallenge = keyof typeof CHALLENGE_CONTROLS;

export const control = (page: Page, type: VisibleChallenge) =>
  page.getByRole(CHALLENGE_CONTROLS[type].role, { name: CHALLENGE_CONTROLS[type].name, exact: true });

const isPost = (path: string) => (response: Response) => response.url().endsWith(path) && response.request().method() === "POST";

export interface CaptchaAnswer {
  RequestId: string;
  Success: boolean;
  Result: { VerifyResult: boolean; VerifyCode: string; CertifyId: string };
  CaptchaVerifyParam?: string;
  Next?: { CaptchaType: VerificationType; State: string };
}

/** A challenge the widget received: its CertifyId and its sealed State (which the test's "eyes" can read). */
export interface Opened {
  certifyId: string;
  state: string;
}

const PORT = Number(process.env.E2E_PORT || 3100);
/** The test harness's loopback-only window on where a piece belongs (scripts/e2e-server.mjs). */
const EYES_ORIGIN = `http://127.0.0.1:${PORT + 1}`;

/** Where the piece of a Puzzle or Image Restoration challenge belongs: what a person sees in the picture. */
export async function answerOf(opened: Opened): Promise<number> {
  const response = await fetch(`${EYES_ORIGIN}/answer`, { method: "POST", body: opened.state });
  const { x } = (await response.json()) as { x?: number };
  if (typeof x !== "number") throw new Error(`No piece to place in ${opened.certifyId}`);
  return x;
}

async function initialized(response: Promise<Response>): Promise<Opened> {
  const body = await (await response).json();
  expect(body.Success, JSON.stringify(body)).toBe(true);
  return { certifyId: body.CertifyId, state: body.State };
}

/** Opens a page and returns the challenge of the widget's initialization. */
export async function openWithCaptcha(page: Page, url: string): Promise<Opened> {
  const response = page.waitForResponse(isPost("/api/captcha/init"));
  await page.goto(url);
  return initialized(response);
}

/** Runs an action and returns the widget's client verification it caused. */
export async function clientVerification(page: Page, action: () => Promise<unknown>): Promise<CaptchaAnswer> {
  const verified = page.waitForResponse(isPost("/api/captcha/verify"), { timeout: 30_000 });
  await action();
  return (await verified).json();
}

/** Waits for the next initialization (after a failure the widget starts over) and returns its challenge. */
export async function nextInitialization(page: Page, action: () => Promise<unknown> = async () => {}): Promise<Opened> {
  const response = page.waitForResponse(isPost("/api/captcha/init"), { timeout: 30_000 });
  await action();
  return initialized(response);
}

/** The additional challenge an Invisible CAPTCHA's answer carried. */
export const additional = (answer: CaptchaAnswer): Opened => ({ certifyId: answer.Result.CertifyId, state: answer.Next!.State });

/**
 * Plays a human-motion timeline (e2e/human-motion.ts) in the browser: real mouse and keyboard
 * input through Playwright, at the timeline's pace, so the widget records what a person's hand
 * would produce. `toScreen` maps the timeline's coordinates to the page.
 */
async function play(page: Page, events: readonly RawEvent[], toScreen: (x: number, y: number) => [number, number] = (x, y) => [x, y]) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  // The timeline starts when the challenge is shown: its first event comes after the person's
  // reaction time (reading, finding the control), which the server judges too. Playing it from
  // its first event would press a key or grab the handle the instant the challenge appears.
  let started = Date.now();
  for (const event of events) {
    const wait = started + event[1] - Date.now();
    if (wait > 2) await page.waitForTimeout(wait);
    // Behind schedule (a busy machine): the rest of the timeline moves later instead of firing
    // at once. Catching up would bunch a key's auto-repeat into presses a few ms apart, which no
    // keyboard produces (a person's events carry the hardware's times, however busy the page).
    else if (wait < -5) started -= wait;
    if (event[0] === "k") {
      const key = event[2] === " " ? "Space" : event[2];
      await page.keyboard.press(event[3] ? `Shift+${key}` : key);
      continue;
    }
    const [x, y] = toScreen(event[2], event[3]);
    await page.mouse.move(Math.min(viewport.width - 1, Math.max(1, x)), Math.min(viewport.height - 1, Math.max(1, y)));
    if (event[0] === "d") await page.mouse.down();
    if (event[0] === "u") await page.mouse.up();
  }
}

/** A person presses a button: moves to it from somewhere on the page, or activates it by keyboard. */
export async function press(page: Page, button: Locator, options: { keyboard?: boolean } = {}) {
  const random = seededRandom(randomInt(2 ** 31));
  if (options.keyboard) return play(page, humanKeyActivation(random).events);
  const box = (await button.boundingBox())!;
  const motion = humanClick(random, { box: [box.width, box.height] });
  await play(page, motion.events, (x, y) => [box.x + x, box.y + y]);
}

/**
 * Solves (or, with `wrong`, misses) the challenge on screen the way a person does: a click, a drag
 * of the slider to the end, or a drag of the piece to where the picture shows it belongs — eased,
 * jittered, correcting, different every run (e2e/human-motion.ts) — or the same with the keyboard.
 */
export async function solve(page: Page, type: VisibleChallenge, opened: Opened, options: { wrong?: boolean; keyboard?: boolean } = {}) {
  const target = control(page, type);
  await expect(target).toBeVisible();
  await expect(target).toBeEnabled();
  if (type === "ONE_CLICK") return press(page, target, options);

  const random = seededRandom(randomInt(2 ** 31));
  const max = Number(await target.getAttribute("aria-valuemax"));
  const start = Number(await target.getAttribute("aria-valuenow"));
  let goal = type === "SLIDER" ? max : await answerOf(opened);
  if (options.wrong) goal = type === "SLIDER" ? Math.round(max / 2) : goal + 40 <= max ? goal + 40 : goal - 40;
  if (options.keyboard) {
    await expect(target).toBeFocused();
    return play(page, humanKeyboard(random, { from: start, to: goal, max }).events);
  }
  const handle = (await target.boundingBox())!;
  const track = (await target.locator("xpath=..").boundingBox())!;
  const unitsPerPx = max / (track.width - handle.width);
  const motion = humanDrag(random, { from: start, to: goal, unitsPerPx, handlePx: handle.width });
  await play(page, motion.events, (x, y) => [track.x + x / unitsPerPx, track.y + track.height / 2 + y]);
}
