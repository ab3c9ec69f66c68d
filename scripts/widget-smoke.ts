/**
 * Smoke check of the widget bundle in Chromium against a stub of the new runtime protocol
 * (notes/runtime-design.md). The stub's answers are fake but its checks are real: the proof of
 * work must be solved, and a slider's answer must agree with the recorded events.
 *
 *   npx tsx scripts/widget-smoke.ts            (PLAYWRIGHT_CHROMIUM picks another Chromium)
 *
 * The customer's page is served from another origin than the script and the API (127.0.0.1 vs
 * localhost), as on a real site, so the worker has to come from a Blob URL.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createHash, randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { buildWidget } from "./build-widget.mjs";
import type { RawEvent } from "../widget/recorder";
import { replaySlider } from "../widget/slider-model";

const CHROMIUM = CHROMIUM_PATH ?? "chromium";
const ARGS = CHROMIUM_ARGS;
type CaptchaType = "ONE_CLICK" | "SLIDER" | "PUZZLE" | "IMAGE_RESTORATION" | "INVISIBLE";

// ---- The stub runtime ---------------------------------------------------------------------
interface Issued {
  type: CaptchaType;
  numbers: number[];
  answer?: number;
  start: number;
  max: number;
  state: string;
}
const issued = new Map<string, Issued>();
const inits: Record<string, unknown>[] = [];
const verifications: Record<string, unknown>[] = [];
const powMax = 20_000;
let failNext = false;
let deviceCounter = 0;

function makePow(k: number, max: number, forceHigh = false) {
  const salt = randomBytes(12).toString("hex");
  const numbers = Array.from({ length: k }, () => (forceHigh ? max - randomInt(0, 10) : randomInt(0, max + 1)));
  const challenges = numbers.map((n, i) => createHash("sha256").update(`${salt}:${i}:${n}`).digest("hex"));
  return { pow: { algorithm: "SHA-256", salt, challenges, max }, numbers };
}

const svg = (body: string, w: number, h: number) =>
  `data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`).toString("base64")}`;

function challengeFor(type: CaptchaType, certifyId: string, options: { slowPow?: boolean } = {}) {
  const { pow, numbers } = makePow(8, options.slowPow ? 400_000 : powMax, options.slowPow);
  const state = `sealed-${certifyId}-${randomBytes(4).toString("hex")}`;
  const record: Issued = { type, numbers, start: 0, max: 0, state };
  let challenge: Record<string, unknown> = {};
  if (type === "SLIDER") {
    challenge = { trackWidth: 300 };
    record.max = 300;
    record.answer = 300;
  } else if (type === "PUZZLE" || type === "IMAGE_RESTORATION") {
    const width = 320,
      height = 160,
      pieceWidth = 62,
      pieceHeight = 54,
      pieceY = 40;
    const answer = randomInt(80, width - pieceWidth);
    record.max = width - pieceWidth;
    record.answer = answer;
    record.start = type === "IMAGE_RESTORATION" ? 10 : 0;
    challenge = {
      image: svg(
        `<rect width="${width}" height="${height}" fill="#8ab"/><rect x="${answer}" y="${pieceY}" width="${pieceWidth}" height="${pieceHeight}" fill="#345"/>`,
        width,
        height,
      ),
      piece: svg(`<path d="M0 0h${pieceWidth}v${pieceHeight}H0z" fill="#fc6"/>`, pieceWidth, pieceHeight),
      width,
      height,
      pieceWidth,
      pieceHeight,
      pieceY,
      ...(type === "IMAGE_RESTORATION" ? { pieceStartX: record.start } : {}),
    };
  }
  issued.set(certifyId, record);
  return { challenge, pow, state };
}

let nextType: CaptchaType = "SLIDER";
let slowPowOnce = false;
function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    request.on("data", (chunk) => (data += chunk));
    request.on("end", () => resolve(data));
  });
}
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
};

async function startApi(bundle: string) {
  const server = http.createServer(async (request, response) => {
    const json = (body: unknown) => {
      response.writeHead(200, { "content-type": "application/json", ...CORS });
      response.end(JSON.stringify(body));
    };
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS);
      response.end();
      return;
    }
    if (request.url === "/captcha/AliyunCaptcha.js") {
      response.writeHead(200, { "content-type": "text/javascript" });
      response.end(bundle);
      return;
    }
    if (request.url === "/api/captcha/init") {
      const body = JSON.parse(await readBody(request));
      inits.push(body);
      const certifyId = `smoke_${randomBytes(5).toString("hex")}`;
      const { challenge, pow, state } = challengeFor(nextType, certifyId, { slowPow: slowPowOnce });
      slowPowOnce = false;
      json({
        RequestId: "r",
        Success: true,
        Code: "Success",
        Message: "success",
        CertifyId: certifyId,
        CaptchaType: nextType,
        Challenge: challenge,
        Pow: pow,
        State: state,
        DeviceToken: body.deviceToken || `device-${++deviceCounter}`,
      });
      return;
    }
    if (request.url === "/api/captcha/verify") {
      const raw = await readBody(request);
      const body = JSON.parse(raw);
      verifications.push({ ...body, bytes: raw.length });
      const record = issued.get(body.certifyId);
      const result = (ok: boolean, code: string, extra: object = {}) =>
        json({
          RequestId: "r",
          Success: true,
          Code: "Success",
          Result: { VerifyResult: ok, VerifyCode: code, CertifyId: body.certifyId },
          ...(ok ? { CaptchaVerifyParam: `token-${body.certifyId}` } : {}),
          ...extra,
        });
      if (!record || body.state !== record.state) return result(false, "F014");
      if (JSON.stringify(body.pow) !== JSON.stringify(record.numbers)) return result(false, "F_POW");
      if (record.type === "INVISIBLE") {
        // The background check "fails" (webdriver): the additional challenge, with its own PoW and state.
        const next = challengeFor("PUZZLE", body.certifyId);
        return result(false, "F001", { Next: { CaptchaType: "PUZZLE", Challenge: next.challenge, Pow: next.pow, State: next.state } });
      }
      if (record.answer !== undefined) {
        const replayed = replaySlider(body.events as RawEvent[], record.start, record.max);
        if (replayed !== body.answer.x) return result(false, "F_REPLAY");
        if (Math.abs(body.answer.x - record.answer) > 6) return result(false, "F015");
      }
      if (failNext) {
        failNext = false;
        return result(false, "F015");
      }
      return result(true, "T001");
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// ---- The customer's page ------------------------------------------------------------------
function pageHtml(apiOrigin: string, mode: string, language: string, auto: boolean) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
<main style="padding:40px">
<p><label>Name <input id="name"></label></p>
<script>window.AliyunCaptchaConfig = { region: "cn", prefix: "smoke" };</script>
<script src="${apiOrigin}/captcha/AliyunCaptcha.js"></script>
<div id="captcha-element"></div>
<button id="captcha-button" type="button" style="margin-top:20px;padding:8px 20px">Sign in</button>
<p id="result" role="status" aria-label="Result"></p>
<script>
  window.results = [];
  window.errors = [];
  window.initAliyunCaptcha({
    SceneId: "scene1", mode: ${JSON.stringify(mode)}, element: "#captcha-element", button: "#captcha-button", language: ${JSON.stringify(language)},
    success: function (token) { window.results.push(["success", token]); document.getElementById("result").textContent = "ok " + token; },
    fail: function (r) { window.results.push(["fail", r.VerifyCode]); },
    onError: function (e) { window.errors.push(e); },
    getInstance: function (i) { window.captcha = i; },
  });
  ${auto ? "setTimeout(function () { window.captcha.startTracelessVerification(); }, 1500);" : ""}
</script></main></body></html>`;
}

async function startSite(apiOrigin: string) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" };
    // A strict customer CSP: no workers at all (so no blob: worker); scripts and API allowed.
    if (url.searchParams.get("csp"))
      headers["content-security-policy"] =
        `default-src 'self'; script-src 'unsafe-inline' ${apiOrigin}; connect-src ${apiOrigin}; img-src data:; style-src 'unsafe-inline'; worker-src 'none'`;
    response.writeHead(200, headers);
    response.end(
      pageHtml(apiOrigin, url.searchParams.get("mode") || "embed", url.searchParams.get("lang") || "en", url.searchParams.has("auto")),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}

// ---- Driving it -----------------------------------------------------------------------------
async function lookAround(page: Page, x: number, y: number) {
  for (let step = 0; step < 8; step++) {
    await page.mouse.move(x - 120 + step * 15, y + 40 - step * 5, { steps: 3 });
    await page.waitForTimeout(20);
  }
}

async function drag(page: Page, target: number) {
  const handle = page.getByRole("slider");
  const max = Number(await handle.getAttribute("aria-valuemax"));
  const start = Number(await handle.getAttribute("aria-valuenow"));
  const box = (await handle.boundingBox())!;
  const track = (await page.locator("#aliyunCaptcha-sliding-body").boundingBox())!;
  const pxPerUnit = (track.width - 2 - box.width) / max;
  const y = box.y + box.height / 2;
  let x = box.x + box.width / 2;
  await lookAround(page, x, y);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.down();
  const end = x + (target - start) * pxPerUnit;
  for (let step = 1; step <= 12; step++) {
    const t = 1 - (1 - step / 12) ** 2;
    await page.mouse.move(x + (end - x) * t, y + (step % 3) - 1);
    await page.waitForTimeout(15);
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

const lastVerification = () =>
  verifications[verifications.length - 1] as {
    certifyId: string;
    state: string;
    pow: number[];
    answer: { x?: number };
    events: RawEvent[];
    pointer: string;
    box: number[];
    env: Record<string, unknown>;
    v2?: boolean;
    bytes: number;
  };
async function waitFor(condition: () => boolean, what: string, ms = 15_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
async function nextVerification(action: () => Promise<unknown>) {
  const before = verifications.length;
  await action();
  await waitFor(() => verifications.length > before, "a verification");
  return lastVerification();
}

function checkCommon(request: ReturnType<typeof lastVerification>, type: string) {
  assert.ok(Array.isArray(request.events) && request.events.length > 0, `${type}: events recorded`);
  assert.ok(request.events.length <= 400, `${type}: at most 400 events`);
  for (const event of request.events) {
    assert.ok(["m", "d", "u", "k"].includes(event[0]), `${type}: event kind ${event[0]}`);
    assert.equal(Math.round((event[1] as number) * 10) / 10, event[1], `${type}: one decimal`);
  }
  const times = request.events.map((event) => event[1] as number);
  assert.deepEqual(
    times,
    [...times].sort((a, b) => a - b),
    `${type}: events in time order`,
  );
  assert.equal(request.box.length, 2);
  assert.equal(request.env.webdriver, true, `${type}: env.webdriver`);
  assert.equal(typeof request.env.platform, "string");
  assert.ok(typeof request.state === "string" && request.state.startsWith("sealed-"), `${type}: state sent back`);
}

async function main() {
  const { code, bytes } = await buildWidget({ outfile: null, minify: true });
  console.log(`bundle: ${bytes} bytes`);
  const api = await startApi(code);
  const site = await startSite(api.origin);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext();
  const failures: string[] = [];
  const check = async (name: string, fn: (page: Page) => Promise<void>) => {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(String(error)));
    try {
      await fn(page);
      assert.deepEqual(consoleErrors, [], "no page errors");
      assert.deepEqual(await page.evaluate(() => (window as unknown as { errors: unknown[] }).errors), [], "no onError");
      console.log(`ok   ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`FAIL ${name}\n     ${(error as Error).message.split("\n").join("\n     ")}`);
    } finally {
      await page.close();
    }
  };

  /** The customer's page, whose next challenge is a `type`; a popup gets a moment to set up first. */
  const open = async (page: Page, type: CaptchaType, mode: "embed" | "popup") => {
    nextType = type;
    await page.goto(`${site.origin}/?mode=${mode}`);
    if (mode === "popup") await page.waitForTimeout(300);
  };

  await check("Slider, embed, mouse drag: PoW solved, events in track units, answer = replay", async (page) => {
    await open(page, "SLIDER", "embed");
    const request = await nextVerification(() => drag(page, 300));
    checkCommon(request, "SLIDER");
    assert.equal(request.answer.x, 300);
    assert.equal(request.pointer, "mouse");
    const kinds = request.events.map((event) => event[0]).join("");
    assert.match(kinds, /^m+d(m+)u$/, "approach moves, press, drag moves, release");
    const down = request.events.find((event) => event[0] === "d")!;
    const up = request.events.find((event) => event[0] === "u")!;
    assert.ok(Math.abs(down[3] as number) < 25, "press y near the track's centre");
    assert.ok((up[2] as number) - (down[2] as number) >= 299, "x in track units");
    assert.equal(request.box[1], 40);
    await page.getByRole("status").filter({ hasText: "Verification passed" }).waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { results: unknown[] }).results), [
      ["success", `token-${request.certifyId}`],
    ]);
  });

  await check("Slider, keyboard: Home/arrows/End/Enter recorded as keys, pointer keyboard", async (page) => {
    await open(page, "SLIDER", "embed");
    await page.getByRole("slider", { name: "Slide to verify" }).focus();
    const request = await nextVerification(async () => {
      for (const key of ["ArrowRight", "Shift+ArrowRight", "PageUp", "End"]) await page.keyboard.press(key);
      await page.waitForTimeout(100);
      await page.keyboard.press("Enter");
    });
    assert.equal(request.pointer, "keyboard");
    assert.equal(request.answer.x, 300);
    const keys = request.events.filter((event) => event[0] === "k").map((event) => event.slice(2).join("+"));
    assert.deepEqual(keys, ["ArrowRight", "ArrowRight+true", "PageUp", "End", "Enter"]);
  });

  await check("Puzzle, popup: dialog, jigsaw piece sized pieceWidth x pieceHeight, drag to the gap", async (page) => {
    await open(page, "PUZZLE", "popup");
    await page.getByRole("button", { name: "Sign in" }).click();
    const dialog = page.getByRole("dialog", { name: "Security verification" });
    await dialog.waitFor();
    const slider = page.getByRole("slider", { name: "Slide to complete the puzzle" });
    assert.equal(await slider.getAttribute("aria-valuemax"), String(320 - 62));
    const piece = (await page.locator("#aliyunCaptcha-puzzle").boundingBox())!;
    const picture = (await page.locator("#aliyunCaptcha-img").boundingBox())!;
    assert.ok(
      Math.abs(piece.width / picture.width - 62 / 320) < 0.01 && Math.abs(piece.height / picture.height - 54 / 160) < 0.01,
      "piece size",
    );
    const certifyId = [...issued.keys()].pop()!;
    const request = await nextVerification(() => drag(page, issued.get(certifyId)!.answer!));
    checkCommon(request, "PUZZLE");
    assert.ok(Math.abs(request.answer.x! - issued.get(certifyId)!.answer!) <= 1);
    await dialog.waitFor({ state: "hidden" });
  });

  await check("Image Restoration, popup, keyboard only: starts at pieceStartX, Enter submits", async (page) => {
    await open(page, "IMAGE_RESTORATION", "popup");
    await page.getByRole("button", { name: "Sign in" }).focus();
    await page.keyboard.press("Enter");
    const slider = page.getByRole("slider", { name: "Slide to restore the image" });
    await slider.waitFor();
    await page.waitForFunction(() => document.activeElement && document.activeElement.getAttribute("role") === "slider");
    assert.equal(await slider.getAttribute("aria-valuenow"), "10");
    const certifyId = [...issued.keys()].pop()!;
    const target = issued.get(certifyId)!.answer!;
    const request = await nextVerification(async () => {
      for (let value = 10; value + 2.5 < target; value += 5) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
    });
    assert.equal(request.pointer, "keyboard");
    assert.ok(Math.abs(request.answer.x! - target) <= 3);
    assert.ok(request.events.every((event) => event[0] === "k" || event[0] === "m"));
  });

  await check("One-click, popup: approach moves and the click in px from the button's corner", async (page) => {
    await open(page, "ONE_CLICK", "popup");
    await page.getByRole("button", { name: "Sign in" }).click();
    const checkbox = page.getByRole("button", { name: "Click to verify" });
    await checkbox.waitFor();
    const box = (await checkbox.boundingBox())!;
    const request = await nextVerification(async () => {
      await lookAround(page, box.x + 30, box.y + box.height / 2);
      await page.mouse.move(box.x + 25, box.y + 12, { steps: 5 });
      await page.mouse.down();
      await page.waitForTimeout(60);
      await page.mouse.up();
    });
    checkCommon(request, "ONE_CLICK");
    assert.equal(request.pointer, "mouse");
    assert.deepEqual(request.box, [Math.round(box.width * 10) / 10, Math.round(box.height * 10) / 10]);
    const down = request.events.find((event) => event[0] === "d")!;
    assert.ok(Math.abs((down[2] as number) - 25) < 1.5 && Math.abs((down[3] as number) - 12) < 1.5, `press at (25, 12): ${down}`);
    assert.ok(request.events.filter((event) => event[0] === "m").length >= 5, "approach moves");
  });

  await check("One-click, embed, keyboard Enter: recorded as a key, pointer keyboard", async (page) => {
    await open(page, "ONE_CLICK", "embed");
    await page.getByRole("button", { name: "Click to verify" }).focus();
    await page.waitForTimeout(200);
    const request = await nextVerification(() => page.keyboard.press("Enter"));
    assert.equal(request.pointer, "keyboard");
    assert.deepEqual(
      request.events.filter((event) => event[0] === "k").map((event) => event[2]),
      ["Enter"],
    );
  });

  await check("Invisible: background PoW, approach to the page's button, then Next (its own PoW and state)", async (page) => {
    nextType = "INVISIBLE";
    await page.goto(`${site.origin}/?mode=popup`);
    await page.waitForTimeout(400);
    const button = (await page.getByRole("button", { name: "Sign in" }).boundingBox())!;
    const first = await nextVerification(async () => {
      // At about 60 Hz, like a mouse (moves closer than 8 ms are thinned out by the recorder).
      for (let step = 0; step <= 15; step++) {
        await page.mouse.move(button.x - 200 + (220 * step) / 15, button.y - 150 + (160 * step) / 15);
        await page.waitForTimeout(16);
      }
      await page.mouse.down();
      await page.mouse.up();
    });
    checkCommon(first, "INVISIBLE");
    assert.equal(first.pointer, "mouse");
    assert.deepEqual(first.answer, {});
    assert.deepEqual(first.box, [Math.round(button.width * 10) / 10, Math.round(button.height * 10) / 10]);
    const kinds = first.events.map((event) => event[0]).join("");
    assert.match(kinds, /^m{5,}du$/, `approach then press: ${kinds}`);
    // The additional challenge, in the dialog, with the Next's state.
    const dialog = page.getByRole("dialog", { name: "Security verification" });
    await dialog.waitFor();
    const record = issued.get(first.certifyId)!;
    assert.equal(record.type, "PUZZLE");
    const second = await nextVerification(() => drag(page, record.answer!));
    assert.equal(second.certifyId, first.certifyId);
    assert.equal(second.state, record.state);
    assert.notEqual(second.state, first.state);
    await dialog.waitFor({ state: "hidden" });
    assert.equal((await page.evaluate(() => (window as unknown as { results: string[][] }).results))[0][0], "success");
  });

  await check("Invisible by keyboard: Enter on the focused button is a key, pointer keyboard", async (page) => {
    await open(page, "INVISIBLE", "popup");
    await page.getByRole("button", { name: "Sign in" }).focus();
    const request = await nextVerification(() => page.keyboard.press("Enter"));
    assert.equal(request.pointer, "keyboard");
    assert.deepEqual(
      request.events.map((event) => event.slice(0, 1).concat(event.slice(2, 3)).join(":")),
      ["k:Enter"],
    );
  });

  await check("CSP worker-src 'none': the worker is refused, the PoW runs on the main thread", async (page) => {
    nextType = "SLIDER";
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.origin}/?mode=embed&csp=1`);
    const request = await nextVerification(() => drag(page, 300));
    assert.ok(
      violations.some((text) => /worker-src/.test(text)),
      `a CSP violation for the worker: ${violations.join(" | ")}`,
    );
    await page.getByRole("status").filter({ hasText: "Verification passed" }).waitFor();
    assert.equal(request.answer.x, 300);
  });

  await check("'Verifying…' while the PoW is still running, then the request goes", async (page) => {
    nextType = "ONE_CLICK";
    slowPowOnce = true; // 8 x ~400,000 hashes: seconds here
    await page.goto(`${site.origin}/?mode=embed`);
    const checkbox = page.getByRole("button", { name: "Click to verify" });
    await checkbox.waitFor();
    const before = verifications.length;
    await checkbox.click();
    await page.getByRole("status").filter({ hasText: "Verifying…" }).waitFor({ timeout: 1000 });
    assert.equal(verifications.length, before, "nothing sent before the PoW is done");
    await waitFor(() => verifications.length > before, "the verification after the PoW", 60_000);
    await page.getByRole("status").filter({ hasText: "Verification passed" }).waitFor();
  });

  await check("Many moves: at most 400 events, the press and release kept; DeviceToken sent back", async (page) => {
    await open(page, "SLIDER", "embed");
    const handle = (await page.getByRole("slider").boundingBox())!;
    const request = await nextVerification(async () => {
      for (let i = 0; i < 500; i++) await page.mouse.move(handle.x + 40 + (i % 50), handle.y + 10 + (i % 7));
      await page.mouse.move(handle.x + 10, handle.y + 10);
      await page.mouse.down();
      for (let i = 1; i <= 300; i++) await page.mouse.move(handle.x + 10 + i, handle.y + 10 + (i % 3));
      await page.mouse.up();
    });
    assert.equal(request.events.length, 400);
    assert.equal(request.events.filter((event) => event[0] === "d").length, 1);
    assert.equal(request.events.filter((event) => event[0] === "u").length, 1);
    assert.ok(request.bytes < 16 * 1024, `request size ${request.bytes} bytes`);
    const tokens = inits.slice(-3).map((init) => init.deviceToken);
    assert.ok(tokens[tokens.length - 1] && tokens[tokens.length - 1] === tokens[tokens.length - 2], `deviceToken kept: ${tokens}`);
    console.log(`     400 events: ${request.bytes} bytes of JSON`);
  });

  await check("A refused answer: fail callback, then a new challenge by itself", async (page) => {
    await open(page, "SLIDER", "embed");
    failNext = true;
    const initsBefore = inits.length;
    await nextVerification(() => drag(page, 300));
    await page.getByRole("status").filter({ hasText: "Verification failed, drag the slider again" }).waitFor();
    await waitFor(() => inits.length > initsBefore, "a new initialization");
    await page.getByRole("slider", { name: "Slide to verify" }).waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { results: unknown[] }).results), [["fail", "F015"]]);
  });

  await check("env.cdp: true under Playwright (CDP Runtime enabled)", async (page) => {
    await open(page, "ONE_CLICK", "embed");
    const request = await nextVerification(() => page.getByRole("button", { name: "Click to verify" }).click());
    assert.equal(request.env.cdp, true);
  });

  await browser.close();

  // Without any CDP client: plain headless Chromium, the page reports env.cdp by itself.
  nextType = "INVISIBLE";
  await checkWithoutCdp(site.origin, failures);

  api.server.close();
  site.server.close();
  if (failures.length) {
    console.log(`\n${failures.length} failed`);
    process.exit(1);
  }
  console.log("\nall ok");
}

/**
 * Chromium with no DevTools client at all (launched directly, no debugging port): the page starts
 * the invisible check by itself (startTracelessVerification) and the widget must say env.cdp false.
 */
async function checkWithoutCdp(siteOrigin: string, failures: string[]) {
  const before = verifications.length;
  const profile = `/tmp/widget-smoke-profile-${process.pid}`;
  // Its own process group, so this browser and its helpers end together (by the group's id).
  const child = spawn(CHROMIUM, [...ARGS, "--headless", `--user-data-dir=${profile}`, `${siteOrigin}/?mode=popup&auto=1`], {
    detached: true,
    stdio: "ignore",
  });
  try {
    await waitFor(() => verifications.length > before, "the page's own verification", 30_000);
    const request = lastVerification();
    assert.equal(request.env.cdp, false, "env.cdp without a CDP client");
    assert.equal(request.pointer, "none");
    console.log(
      `ok   env.cdp: false in Chromium without a CDP client (webdriver ${request.env.webdriver}, renderer ${JSON.stringify(request.env.renderer)})`,
    );
  } catch (error) {
    failures.push("env.cdp without CDP");
    console.log(`FAIL env.cdp without CDP: ${(error as Error).message}`);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      child.kill();
    }
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 500)); // helpers flushing the profile
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.log(`     (profile ${profile} left behind: ${(error as Error).message})`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
