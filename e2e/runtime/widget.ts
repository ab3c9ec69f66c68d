import { expect, type Locator, type Page, type Response } from "@playwright/test";
import type { VerificationType } from "../../server/scenario/rules";
import { answerOf } from "./console-api";

/** How a person finds each challenge: by its accessible name, as a screen reader announces it. */
export const CHALLENGE_CONTROLS = {
  ONE_CLICK: { role: "button", name: "Click to verify" },
  SLIDER: { role: "slider", name: "Slide to verify" },
  PUZZLE: { role: "slider", name: "Slide to complete the puzzle" },
  IMAGE_RESTORATION: { role: "slider", name: "Slide to restore the image" },
} as const;
export type VisibleChallenge = keyof typeof CHALLENGE_CONTROLS;

export const control = (page: Page, type: VisibleChallenge) => page.getByRole(CHALLENGE_CONTROLS[type].role, { name: CHALLENGE_CONTROLS[type].name, exact: true });

const isPost = (path: string) => (response: Response) => response.url().endsWith(path) && response.request().method() === "POST";

export interface CaptchaAnswer {
  RequestId: string;
  Success: boolean;
  Result: { VerifyResult: boolean; VerifyCode: string; CertifyId: string };
  CaptchaVerifyParam?: string;
  Next?: { CaptchaType: VerificationType };
}

/** Opens a page and returns the CertifyId of the widget's initialization. */
export async function openWithCaptcha(page: Page, url: string) {
  const initialized = page.waitForResponse(isPost("/api/captcha/init"));
  await page.goto(url);
  const body = await (await initialized).json();
  expect(body.Success, JSON.stringify(body)).toBe(true);
  return body.CertifyId as string;
}

/** Runs an action and returns the widget's client verification it caused. */
export async function clientVerification(page: Page, action: () => Promise<unknown>): Promise<CaptchaAnswer> {
  const verified = page.waitForResponse(isPost("/api/captcha/verify"));
  await action();
  return (await verified).json();
}

/** Waits for the next initialization (after a failure the widget starts over) and returns its CertifyId. */
export async function nextInitialization(page: Page, action: () => Promise<unknown> = async () => {}) {
  const initialized = page.waitForResponse(isPost("/api/captcha/init"));
  await action();
  return (await (await initialized).json()).CertifyId as string;
}

/** A person looks at the challenge for a moment and moves the pointer over it before acting. */
async function lookAt(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  for (let step = 1; step <= 6; step++) {
    await page.mouse.move(box.x + (box.width * step) / 8, box.y + box.height / 2 + (step % 2 ? 2 : -2));
    await page.waitForTimeout(60);
  }
}

/** Drags a slider handle until it shows `target` (in the challenge's units), then lets go. */
async function drag(page: Page, handle: Locator, target: number) {
  const max = Number(await handle.getAttribute("aria-valuemax"));
  const start = Number(await handle.getAttribute("aria-valuenow"));
  const handleBox = (await handle.boundingBox())!;
  const trackBox = (await handle.locator("xpath=..").boundingBox())!;
  const pxPerUnit = (trackBox.width - handleBox.width) / max;
  const y = handleBox.y + handleBox.height / 2;
  let x = handleBox.x + handleBox.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const end = x + (target - start) * pxPerUnit;
  for (let step = 1; step <= 12; step++) {
    // Eased, like a hand: fast at first, slowing near the end.
    const t = 1 - (1 - step / 12) ** 2;
    await page.mouse.move(x + (end - x) * t, y + (step % 3) - 1);
    await page.waitForTimeout(25);
  }
  x = end;
  for (let attempt = 0; attempt < 5; attempt++) {
    const value = Number(await handle.getAttribute("aria-valuenow"));
    if (Math.abs(value - target) <= 1) break;
    x += (target - value) * pxPerUnit;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
}

/** Moves a focused slider with the keyboard only (5 units per arrow press), then presses Enter. */
async function slideWithKeyboard(page: Page, handle: Locator, target: number) {
  await expect(handle).toBeFocused();
  await page.keyboard.press("Home");
  for (let value = 0; value + 2.5 < target; value += 5) await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(300);
  await page.keyboard.press("Enter");
}

/**
 * Solves (or, with `wrong`, misses) the challenge on screen the way a person does: a click with a
 * moment's look, a drag to the end, or a drag of the piece to where the picture shows it belongs
 * (read from the database: the browser is never told).
 */
export async function solve(page: Page, type: VisibleChallenge, certifyId: string, options: { wrong?: boolean; keyboard?: boolean } = {}) {
  const target = control(page, type);
  await expect(target).toBeVisible();
  if (type === "ONE_CLICK") {
    await lookAt(page, target);
    if (options.keyboard) await page.keyboard.press("Enter");
    else await target.click();
    return;
  }
  const max = Number(await target.getAttribute("aria-valuemax"));
  let goal = type === "SLIDER" ? max : await answerOf(certifyId);
  if (options.wrong) goal = type === "SLIDER" ? Math.round(max / 2) : goal - 40;
  if (options.keyboard) return slideWithKeyboard(page, target, goal);
  await lookAt(page, target);
  await drag(page, target, goal);
}
