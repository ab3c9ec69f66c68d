import { describe, expect, it } from "vitest";
import { playwrightBurstDrag, replayScaled, straightEvenDrag, tianaiCompliantDrag } from "../../scripts/bench/bots/scripted-motion";
import { seededRandom } from "../../e2e/human-motion";
import { deleteScenario, updateScenario } from "../scenario/service";
import type { VerificationType } from "../scenario/rules";
import type { TestDatabase } from "../test/database";
import { serveRuntimeForFile, type RuntimeServer } from "../test/runtime-server";
import { customerWithScenario, type Customer } from "../test/runtime-setup";
import { LAYOUT, Visitor, humanAttempt, shownFromInit, shownFromNext, sliderGeometry, solvePow, type Shown } from "../test/visitor";
import { openState, sealState } from "./challenge-state";
import { openJson } from "./sealed";
import { USAGE_FLUSH_MS, flushUsage } from "./usage";

/**
 * The widget's two calls over HTTP, as a browser makes them and as scripts do: initialization
 * hands out a sealed challenge and a proof of work, and the client verification judges the raw
 * events, the proof of work and the answer. People (the human-motion generator, by mouse, touch
 * and keyboard) pass; scripts that speak the protocol do not.
 */
let test: TestDatabase;
let server: RuntimeServer;
serveRuntimeForFile((opened) => {
  ({ test, server } = opened);
});

const random = seededRandom(20261129);
const setup = (settings: Parameters<typeof customerWithScenario>[1] = {}) => customerWithScenario(test.db, settings);
const visitorOf = (customer: Customer, address = "203.0.113.10") =>
  new Visitor(server.origin, customer.page, { "x-forwarded-for": address });

async function shownBy(visitor: Visitor): Promise<Shown> {
  const init = await visitor.init();
  expect(init.Success, JSON.stringify(init)).toBe(true);
  return shownFromInit(init);
}

describe("initialization", () => {
  it("answers IllegalUserTag for an unknown prefix and IllegalScene for an unknown, foreign or deleted scenario", async () => {
    const customer = await setup();
    const other = await setup();
    const init = (page: { prefix: string; sceneId: string }) => new Visitor(server.origin, page).init();
    expect(await init({ prefix: "nope00", sceneId: customer.scenario.sceneId })).toMatchObject({ Success: false, Code: "IllegalUserTag" });
    expect(await init({ prefix: customer.organization.prefix, sceneId: "zzzzzzzz" })).toMatchObject({ Code: "IllegalScene" });
    expect(await init({ prefix: customer.organization.prefix, sceneId: other.scenario.sceneId })).toMatchObject({ Code: "IllegalScene" });
    await deleteScenario(test.db, customer.actor, customer.organization.id, {
      sceneId: customer.scenario.sceneId,
      confirmSceneId: customer.scenario.sceneId,
    });
    server.runtime.directory.forget(); // this process's cache; other instances learn within the bound (directory.ts)
    expect(await init(customer.page)).toMatchObject({ Code: "IllegalScene" });
  });

  it.each(["SLIDER", "PUZZLE", "IMAGE_RESTORATION", "ONE_CLICK"] as const)(
    "%s: the browser never gets the answer, and writes nothing",
    async (type) => {
      const customer = await setup({ verificationType: type });
      const before = await test.db.challengeUse.count();
      const init = await visitorOf(customer).init();
      expect(await test.db.challengeUse.count()).toBe(before);
      const visible = JSON.stringify({ ...init, State: undefined });
      const secret = openState(init.State)!;
      if (secret.a !== undefined) expect(visible).not.toMatch(new RegExp(`"(x|answerX|a)":${secret.a}\\b`));
      expect(init.Pow.challenges.length).toBeGreaterThan(0);
      // The state is sealed: only this server's key opens it, and it opens as a challenge only.
      expect(openJson("token", init.State)).toBeNull();
      expect(JSON.stringify(init.State)).not.toContain(customer.scenario.sceneId);
    },
  );
});

describe("people pass", () => {
  const cases: [VerificationType, "mouse" | "touch" | "keyboard"][] = [
    ["SLIDER", "mouse"],
    ["SLIDER", "touch"],
    ["SLIDER", "keyboard"],
    ["PUZZLE", "mouse"],
    ["PUZZLE", "keyboard"],
    ["IMAGE_RESTORATION", "mouse"],
    ["IMAGE_RESTORATION", "touch"],
    ["ONE_CLICK", "mouse"],
    ["ONE_CLICK", "keyboard"],
  ];
  it.each(cases)("%s by %s: T001 and a token", async (type, how) => {
    const customer = await setup({ verificationType: type });
    const answer = await visitorOf(customer).solve(random, how);
    expect(answer.Result).toMatchObject({ VerifyResult: true, VerifyCode: "T001" });
    expect(answer.CaptchaVerifyParam).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it("a wrong position is F015 (V3: no token; V2: a token that the business server will refuse)", async () => {
    const customer = await setup({ verificationType: "PUZZLE" });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const wrong = await visitor.verify(shown, humanAttempt(random, shown, "mouse", { miss: 40 }));
    expect(wrong).toMatchObject({ Result: { VerifyResult: false, VerifyCode: "F015" } });
    expect(wrong.CaptchaVerifyParam).toBeUndefined();
    const again = await shownBy(visitor);
    const v2 = await visitor.verify(again, humanAttempt(random, again, "mouse", { miss: -40 }), { v2: true });
    expect(v2.Result.VerifyCode).toBe("F015");
    expect(v2.CaptchaVerifyParam).toBeDefined();
  });
});

describe("scripts that speak the protocol are refused", () => {
  it("no proof of work, or a wrong one: F017, whatever the answer", async () => {
    const customer = await setup();
    const visitor = visitorOf(customer);
    let shown = await shownBy(visitor);
    expect((await visitor.verify(shown, humanAttempt(random, shown), { pow: null })).Result.VerifyCode).toBe("F017");
    shown = await shownBy(visitor);
    const pow = solvePow(shown.pow);
    pow[0] += 1;
    expect((await visitor.verify(shown, humanAttempt(random, shown), { pow })).Result.VerifyCode).toBe("F017");
  });

  it("invented signals without events (the old protocol's elapsedMs, pointerMoves, trajectory): refused", async () => {
    const customer = await setup();
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const answer = await visitor.post<{ Result: { VerifyCode: string } }>("/api/captcha/verify", {
      certifyId: shown.certifyId,
      state: shown.state,
      pow: solvePow(shown.pow),
      answer: { x: 300 },
      signals: {
        elapsedMs: 1500,
        pointerMoves: 40,
        trajectory: [
          [0, 0],
          [300, 900],
        ],
        webdriver: false,
        untrusted: false,
        platform: "Win32",
      },
    });
    expect(answer.Result.VerifyCode).not.toMatch(/^T/);
  });

  it.each([
    ["a straight, evenly timed drag (B2)", straightEvenDrag],
    ["Playwright-style bursts", playwrightBurstDrag],
    ["a tianai-compliant scripted drag", tianaiCompliantDrag],
  ] as const)("%s with the right answer and the proof of work paid: F001", async (_, drag) => {
    for (const type of ["SLIDER", "PUZZLE"] as const) {
      const customer = await setup({ verificationType: type });
      const visitor = visitorOf(customer);
      const shown = await shownBy(visitor);
      const { start, target } = sliderGeometry(shown);
      const events = drag(random, { from: start, to: target });
      expect(
        (await visitor.verify(shown, { answer: { x: target }, events, pointer: "mouse", box: LAYOUT.sliderTrack })).Result.VerifyCode,
      ).toBe("F001");
    }
  });

  it("an answer that disagrees with its own events: F017", async () => {
    const customer = await setup({ verificationType: "PUZZLE" });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const attempt = humanAttempt(random, shown, "mouse", { miss: 60 });
    attempt.answer = { x: openState(shown.state)!.a };
    expect((await visitor.verify(shown, attempt)).Result.VerifyCode).toBe("F017");
  });

  it("a recorded human pass replayed onto new challenges: F001", async () => {
    const customer = await setup({ verificationType: "PUZZLE" });
    const visitor = visitorOf(customer);
    const first = await shownBy(visitor);
    const recorded = humanAttempt(random, first);
    expect((await visitor.verify(first, recorded)).Result.VerifyCode).toBe("T001");
    for (let i = 0; i < 5; i++) {
      const shown = await shownBy(visitor);
      const { start, target } = sliderGeometry(shown);
      const events = replayScaled(random, recorded.events, { from: start, to: target });
      const answer = await visitor.verify(shown, { ...recorded, events, answer: { x: target } });
      expect(answer.Result.VerifyCode).not.toBe("T001");
    }
  });

  it("a tampered state, another challenge's state, an expired one", async () => {
    const customer = await setup();
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const other = await shownBy(visitor);
    const attempt = humanAttempt(random, shown);
    const tampered = `${shown.state.slice(0, -4)}AAAA`;
    expect((await visitor.verify({ ...shown, state: tampered }, attempt, { pow: solvePow(shown.pow) })).Result.VerifyCode).toBe("F017");
    expect((await visitor.verify({ ...shown, state: other.state }, attempt, { pow: solvePow(other.pow) })).Result.VerifyCode).toBe("F017");
    const old = sealState({ ...openState(shown.state)!, i: Date.now() - 21 * 60_000 });
    expect((await visitor.verify({ ...shown, state: old }, attempt, { pow: solvePow(shown.pow) })).Result.VerifyCode).toBe("F014");
  });

  it("a challenge is answered once, even by 20 answers at once on one instance", async () => {
    const customer = await setup();
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const pow = solvePow(shown.pow);
    const attempt = humanAttempt(random, shown);
    const answers = await Promise.all(Array.from({ length: 20 }, () => visitor.verify(shown, attempt, { pow })));
    expect(answers.filter((answer) => answer.Result.VerifyCode === "T001")).toHaveLength(1);
    expect(answers.filter((answer) => answer.Result.VerifyCode === "F017")).toHaveLength(19);
  });
});

describe("Invisible CAPTCHA", () => {
  it("a person in an ordinary browser passes without seeing a challenge", async () => {
    const customer = await setup({ verificationType: "INVISIBLE", additionalChallenge: "SLIDER" });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    expect(shown.type).toBe("INVISIBLE");
    const answer = await visitor.verify(shown, humanAttempt(random, shown));
    expect(answer).toMatchObject({ Result: { VerifyResult: true, VerifyCode: "T001" } });
    expect(answer.Next).toBeUndefined();
  });

  it("an automated browser (webdriver) gets the additional challenge, which a person then solves", async () => {
    const customer = await setup({ verificationType: "INVISIBLE", additionalChallenge: "PUZZLE" });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const first = await visitor.verify(shown, humanAttempt(random, shown), { env: { webdriver: true, platform: "Linux x86_64" } });
    expect(first).toMatchObject({ Result: { VerifyResult: false, VerifyCode: "F001" }, Next: { CaptchaType: "PUZZLE" } });
    const next = shownFromNext(shown.certifyId, first.Next!);
    expect((await visitor.verify(next, humanAttempt(random, next))).Result).toMatchObject({ VerifyResult: true, VerifyCode: "T001" });
  });

  it("a script that clicks without moving (page.click()) is not let through silently", async () => {
    const customer = await setup({ verificationType: "INVISIBLE", additionalChallenge: "ONE_CLICK" });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const answer = await visitor.verify(shown, {
      answer: {},
      events: [
        ["d", 1200, 60, 20],
        ["u", 1201, 60, 20],
      ],
      pointer: "mouse",
      box: LAYOUT.trigger,
    });
    expect(answer.Result.VerifyCode).toBe("F001");
    expect(answer.Next?.CaptchaType).toBe("ONE_CLICK");
  });

  it("Attack and Defense Mode: nobody passes silently", async () => {
    const customer = await setup({ verificationType: "INVISIBLE", additionalChallenge: "SLIDER" });
    await test.db.customPolicy.create({
      data: {
        scenarioId: (await test.db.scenario.findUniqueOrThrow({ where: { sceneId: customer.scenario.sceneId } })).id,
        mode: "ATTACK_AND_DEFENSE",
        ipHourlyLimit: 4000,
        ipDailyLimit: 10000,
        deviceHourlyLimit: 150,
        deviceDailyLimit: 400,
        blockEmulatedDevices: true,
        blockSimulatedClicks: false,
        effectiveAt: new Date(Date.now() - 60_000),
      },
    });
    server.runtime.directory.forget();
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const answer = await visitor.verify(shown, humanAttempt(random, shown));
    expect(answer.Next?.CaptchaType, JSON.stringify(answer.Result)).toBe("SLIDER");
  });
});

describe("Test Mode answers its configured result and checks nothing else", () => {
  it.each([
    ["PASS_VERIFICATION", true, "T005"],
    ["FAIL_VERIFICATION", false, "F004"],
  ] as const)("%s: %s, %s, without proof of work or human events", async (testResult, passes, code) => {
    const customer = await setup({ verificationType: "PUZZLE", ruleStatus: "TEST_MODE", testResult });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const answer = await visitor.verify(shown, { answer: { x: 0 }, events: [], pointer: "none" }, { pow: null });
    expect(answer.Result).toMatchObject({ VerifyResult: passes, VerifyCode: code });
  });

  it("Invisible + Slider, FAIL_INVISIBLE_PASS_CHALLENGE: the additional challenge, then T005", async () => {
    const customer = await setup({
      verificationType: "INVISIBLE",
      additionalChallenge: "SLIDER",
      ruleStatus: "TEST_MODE",
      testResult: "FAIL_INVISIBLE_PASS_CHALLENGE",
    });
    const visitor = visitorOf(customer);
    const shown = await shownBy(visitor);
    const first = await visitor.verify(shown, { answer: {}, events: [], pointer: "none" }, { pow: null });
    expect(first).toMatchObject({ Result: { VerifyCode: "F004" }, Next: { CaptchaType: "SLIDER", Challenge: { trackWidth: 300 } } });
    const second = await visitor.verify(
      shownFromNext(shown.certifyId, first.Next!),
      { answer: { x: 300 }, events: [], pointer: "none" },
      { pow: null },
    );
    expect(second.Result).toMatchObject({ VerifyResult: true, VerifyCode: "T005" });
  });

  it("a switch to Official Release applies only after the propagation delay", async () => {
    const customer = await setup({ ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" });
    await updateScenario(test.db, customer.actor, customer.organization.id, {
      sceneId: customer.scenario.sceneId,
      version: customer.scenario.version,
      name: customer.scenario.name,
      verificationType: "SLIDER",
      ruleStatus: "OFFICIAL_RELEASE",
    });
    server.runtime.directory.forget();
    expect((await visitorOf(customer).solve(random)).Result.VerifyCode).toBe("F004"); // still Test Mode for a while
  });
});

describe("usage", () => {
  it("counts every initialization and client verification by day and result code, exactly, under concurrency", async () => {
    const customer = await setup();
    const visitors = Array.from({ length: 10 }, (_, i) => visitorOf(customer, `203.0.113.${100 + i}`));
    const answers = await Promise.all(visitors.map((visitor, i) => (i % 2 ? visitor.solve(random) : visitor.init())));
    expect(answers.filter((answer) => "Result" in answer && answer.Result.VerifyCode === "T001")).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, USAGE_FLUSH_MS + 200));
    await flushUsage(test.sql);
    const scenarioId = (await test.db.scenario.findUniqueOrThrow({ where: { sceneId: customer.scenario.sceneId } })).id;
    const counts = await test.db.usageCount.findMany({ where: { scenarioId } });
    expect(Object.fromEntries(counts.map((row) => [`${row.kind}:${row.code}`, row.count]))).toEqual({
      "init:Success": 10,
      "verify:T001": 5,
    });
  });
});
