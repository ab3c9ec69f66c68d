// `npm run bench:bots`: the adversary benchmark. Starts the server `npm start` runs on a fresh
// embedded database, creates an Official Release scenario of every verification type, and runs
// scripted clients and people against each, printing the pass rate per client and type and what
// a pass costs the client in CPU seconds.
//
//   B1  protocol replay with invented signals, no proof of work
//   B2  protocol replay that pays the proof of work, with a straight, evenly timed path
//   B3  picture scanners (Puzzle, Image Restoration) paying the proof of work and sending a
//       human-like path to where the scanner says the piece goes: only the picture is the gate
//   B4  headless Chromium driving the real widget with straight drags/moves of even speed
//   B5  one recorded human pass replayed (stretched to the new target) onto 100 new challenges
//   People  the human-motion generator (mouse, touch, keyboard), a second attempt on failure
//
// BOTS_RUNS (30) attempts per scripted client and type; SCANNER_RUNS (20) per picture scanner and
// type; PEOPLE_RUNS (200) people in all.
import { randomBytes } from "node:crypto";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/chromium";
import { humanDrag, seededRandom } from "../e2e/human-motion";
import { playwrightClick, replayScaled, straightApproachClick, straightEvenDrag } from "./bench/bots/scripted-motion";
import { decode, SCANNERS } from "./bench/bots/picture-scanners";
import { startBusinessSite } from "../e2e/runtime/business-site";
import { openState } from "../server/runtime/challenge-state";
import { sliderValueFrom } from "../server/runtime/behaviour";
import {
  LAYOUT,
  Visitor,
  humanAttempt,
  shownFromInit,
  shownFromNext,
  sliderGeometry,
  solvePow,
  type Attempt,
  type Shown,
} from "../server/test/visitor";
import {
  removeDataDir,
  setUpCustomer,
  startApp,
  temporaryDataDir,
  VERIFICATION_TYPES,
  type BenchType,
  type Customer,
} from "./bench/app-under-test";

process.env.CAPTCHA_SERVER_KEY = randomBytes(32).toString("base64");
const RUNS = Number(process.env.BOTS_RUNS || 30);
const PEOPLE = Number(process.env.PEOPLE_RUNS || 200);
// Every scanner in scripts/bench/bots/picture-scanners.ts runs, the best ones included: fewer runs each.
const SCANNER_RUNS = Number(process.env.SCANNER_RUNS || 20);
const random = seededRandom(Number(process.env.BOTS_SEED || 20261129));
let addressCounter = 0;
// Every attempt from its own address, so no frequency limit decides for the behaviour checks.
const nextAddress = () => `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter++ & 255}`;

interface Tally {
  attempts: number;
  passes: number;
  cpuSeconds: number;
}
const results = new Map<string, Map<string, Tally>>();
function record(client: string, type: string, passed: boolean, cpuSeconds: number) {
  const byType = results.get(client) ?? results.set(client, new Map()).get(client)!;
  const tally = byType.get(type) ?? byType.set(type, { attempts: 0, passes: 0, cpuSeconds: 0 }).get(type)!;
  tally.attempts += 1;
  tally.passes += passed ? 1 : 0;
  tally.cpuSeconds += cpuSeconds;
}

/** CPU seconds this process spent in `fn` (the proof of work dominates). */
async function measured<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const before = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1e6];
}

const passes = (code: string) => code.startsWith("T");
const visitorFor = (origin: string, customer: Customer, type: BenchType) =>
  new Visitor(origin, { prefix: customer.prefix, sceneId: customer.sceneIds[type] }, { "x-forwarded-for": nextAddress() });

/** The scripted path for a challenge: a straight even drag to the target, or a straight approach click. */
function scriptedAttempt(shown: Shown, target?: number): Attempt {
  if (shown.type === "ONE_CLICK" || shown.type === "INVISIBLE") {
    const box = shown.type === "ONE_CLICK" ? LAYOUT.checkbox : LAYOUT.trigger;
    return { answer: {}, events: (random() < 0.5 ? straightApproachClick : playwrightClick)(random, { box }), pointer: "mouse", box };
  }
  const geometry = sliderGeometry(shown);
  const to = target ?? geometry.target;
  return { answer: { x: to }, events: straightEvenDrag(random, { from: geometry.start, to }), pointer: "mouse", box: geometry.box };
}

/** A human-like drag to `to` (B3: the scanner's guess). */
function humanDragTo(shown: Shown, to: number): Attempt {
  const { start, max, box } = sliderGeometry(shown);
  const motion = humanDrag(random, { from: start, to: Math.max(0, Math.min(max, to)), unitsPerPx: max / (box[0] - box[1]) });
  return { answer: { x: sliderValueFrom(motion.events, { startValue: start, max }).value }, events: motion.events, pointer: "mouse", box };
}

async function protocolBots(origin: string, customer: Customer) {
  for (const type of VERIFICATION_TYPES) {
    for (let i = 0; i < RUNS; i++) {
      // B1: the old protocol's invented signals, a straight "trajectory", no proof of work.
      const [b1] = await measured(async () => {
        const visitor = visitorFor(origin, customer, type);
        const shown = shownFromInit(await visitor.init());
        const answer = await visitor.post<{ Result: { VerifyCode: string } }>("/api/captcha/verify", {
          certifyId: shown.certifyId,
          state: shown.state,
          answer: { x: sliderGeometry(shown).target },
          signals: {
            elapsedMs: 1500,
            pointerMoves: 40,
            trajectory: [
              [0, 0],
              [1500, 300],
            ],
            webdriver: false,
            untrusted: false,
            platform: "Win32",
          },
          events: scriptedAttempt(shown).events,
        });
        return passes(answer.Result.VerifyCode);
      });
      record("B1 protocol replay, invented signals, no PoW", type, b1, 0);
      // B2: pays the proof of work, straight evenly timed path (and follows an additional challenge).
      const [b2, cpu2] = await measured(async () => {
        const visitor = visitorFor(origin, customer, type);
        const init = await visitor.init();
        let shown = shownFromInit(init);
        let answer = await visitor.verify(shown, scriptedAttempt(shown));
        if (answer.Next) {
          shown = shownFromNext(init.CertifyId, answer.Next);
          answer = await visitor.verify(shown, scriptedAttempt(shown));
        }
        return passes(answer.Result.VerifyCode);
      });
      record("B2 pays PoW, straight even path", type, b2, cpu2);
    }
  }
}

async function pictureScanners(origin: string, customer: Customer) {
  for (const type of ["PUZZLE", "IMAGE_RESTORATION"] as const) {
    for (const [name, scan] of Object.entries(SCANNERS)) {
      for (let i = 0; i < SCANNER_RUNS; i++) {
        const [passed, cpu] = await measured(async () => {
          const visitor = visitorFor(origin, customer, type);
          const shown = shownFromInit(await visitor.init());
          const c = shown.challenge as Record<string, string | number>;
          const fromDataUrl = (url: string) => Buffer.from(url.slice(url.indexOf(",") + 1), "base64");
          const decoded = await decode({
            image: fromDataUrl(String(c.image)),
            piece: fromDataUrl(String(c.piece)),
            width: Number(c.width),
            height: Number(c.height),
            pieceY: Number(c.pieceY),
          });
          const guess = scan(decoded);
          return passes((await visitor.verify(shown, humanDragTo(shown, guess))).Result.VerifyCode);
        });
        record(`B3 scanner: ${name}`, type, passed, cpu);
      }
    }
  }
}

async function replayedHuman(origin: string, customer: Customer) {
  const visitor = visitorFor(origin, customer, "PUZZLE");
  let recorded: Attempt | undefined;
  while (!recorded) {
    const shown = shownFromInit(await visitor.init());
    const attempt = humanAttempt(random, shown);
    if ((await visitor.verify(shown, attempt)).Result.VerifyCode === "T001") recorded = attempt;
  }
  for (let i = 0; i < 100; i++) {
    const [passed, cpu] = await measured(async () => {
      const replayer = visitorFor(origin, customer, "PUZZLE");
      const shown = shownFromInit(await replayer.init());
      const { start, target } = sliderGeometry(shown); // perfect eyes: only the path is replayed
      const events = replayScaled(random, recorded!.events, { from: start, to: target });
      return passes((await replayer.verify(shown, { ...recorded!, events, answer: { x: target } })).Result.VerifyCode);
    });
    record("B5 one human pass replayed", "PUZZLE", passed, cpu);
  }
}

async function people(origin: string, customer: Customer) {
  const ways = ["mouse", "mouse", "mouse", "touch", "keyboard"] as const;
  for (let i = 0; i < PEOPLE; i++) {
    const type = VERIFICATION_TYPES[i % VERIFICATION_TYPES.length];
    const how = ways[Math.floor(random() * ways.length)];
    const [passed, cpu] = await measured(async () => {
      const visitor = visitorFor(origin, customer, type);
      for (let attempt = 0; attempt < 2; attempt++) {
        if (passes((await visitor.solve(random, how)).Result.VerifyCode)) return true;
      }
      return false;
    });
    record("People (within two attempts)", type, passed, cpu);
  }
}

async function headlessChromium(origin: string, customer: Customer) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const type of ["SLIDER", "PUZZLE", "ONE_CLICK"] as const) {
      const site = await startBusinessSite({
        context: {
          sceneId: customer.sceneIds[type],
          prefix: customer.prefix,
          baseUrl: origin,
          integrationMethod: "WEB_H5",
          verificationType: type,
          language: "en",
        },
        page: "embed",
        accessKeyId: customer.accessKeyId,
        accessKeySecret: customer.accessKeySecret,
      });
      try {
        for (let i = 0; i < Math.min(RUNS, 20); i++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          const initialized = page.waitForResponse((r) => r.url().endsWith("/api/captcha/init"));
          await page.goto(site.url);
          const state = (await (await initialized).json()).State as string;
          const verified = page.waitForResponse((r) => r.url().endsWith("/api/captcha/verify"), { timeout: 20_000 });
          const steps = 10 + Math.floor(random() * 30);
          if (type === "ONE_CLICK") {
            await page.getByRole("button", { name: "Click to verify" }).click({ steps } as never);
          } else {
            const slider = page.getByRole("slider");
            const handle = (await slider.boundingBox())!;
            const track = (await slider.locator("xpath=..").boundingBox())!;
            const max = Number(await slider.getAttribute("aria-valuemax"));
            // Perfect eyes: the bot knows where the piece goes; only its hand is a script's.
            const goal = type === "SLIDER" ? max : openState(state)!.a!;
            const px = (goal * (track.width - handle.width)) / max;
            await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
            await page.mouse.down();
            await page.mouse.move(handle.x + handle.width / 2 + px, handle.y + handle.height / 2, { steps });
            await page.mouse.up();
          }
          const answer = await (await verified).json();
          record("B4 headless Chromium, even straight moves", type, passes(answer.Result.VerifyCode), 0);
          await context.close();
        }
      } finally {
        await site.close();
      }
    }
  } finally {
    await browser.close();
  }
}

/** The proof of work's cost for a client: median CPU seconds of a solve, Basic and Attack and Defense. */
function powCost(pow: Shown["pow"]) {
  const before = process.cpuUsage();
  solvePow(pow);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const dataDir = temporaryDataDir();
const app = await startApp({ dataDir, serverKey: process.env.CAPTCHA_SERVER_KEY! });
try {
  const customer = await setUpCustomer(app.origin);
  const basicCosts: number[] = [];
  for (let i = 0; i < 20; i++) basicCosts.push(powCost(shownFromInit(await visitorFor(app.origin, customer, "SLIDER").init()).pow));
  console.log("protocol bots…");
  await protocolBots(app.origin, customer);
  console.log("picture scanners…");
  await pictureScanners(app.origin, customer);
  console.log("replayed human pass…");
  await replayedHuman(app.origin, customer);
  console.log("headless Chromium…");
  await headlessChromium(app.origin, customer);
  console.log("people…");
  await people(app.origin, customer);

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const basic = median(basicCosts);
  console.log(`\nProof of work, Basic: median ${basic.toFixed(3)} CPU s per solve in Node.js (the widget's own solver).`);
  console.log(`\n| client | ${VERIFICATION_TYPES.join(" | ")} | CPU s per pass |`);
  console.log(`|---|${VERIFICATION_TYPES.map(() => "---:").join("|")}|---:|`);
  for (const [client, byType] of results) {
    const cells = VERIFICATION_TYPES.map((type) => {
      const tally = byType.get(type);
      return tally ? `${((100 * tally.passes) / tally.attempts).toFixed(1)} % (${tally.passes}/${tally.attempts})` : "–";
    });
    const all = [...byType.values()];
    const passed = all.reduce((sum, t) => sum + t.passes, 0);
    const cpu = all.reduce((sum, t) => sum + t.cpuSeconds, 0);
    console.log(`| ${client} | ${cells.join(" | ")} | ${passed ? (cpu / passed).toFixed(3) : "no pass"} |`);
  }
} finally {
  await app.stop();
  removeDataDir(dataDir);
}
process.exit(0);
