import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POLICY, type PolicySettings } from "../policy/rules";
import { savePolicy } from "../policy/service";
import type { CreateScenarioInput } from "../scenario/rules";
import { rulePropagationMs } from "../scenario/propagation";
import { createScenario } from "../scenario/service";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { createOrgWithMember } from "../test/factories";
import { CHALLENGE_RETENTION_MS, pruneChallenges } from "./challenge-history";
import type { Signals } from "./challenges";
import { initializeChallenge, verifyOnClient } from "./client";

/**
 * The custom policy applied by the runtime: each setting saved through the console's service
 * changes what the client verification answers, once the propagation delay has passed.
 */
let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

const HUMAN: Signals = { elapsedMs: 1500, pointerMoves: 25, trajectory: [[0, 0], [300, 120], [700, 250], [900, 290], [1000, 300]], platform: "Linux x86_64" };
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

/** A Slider scenario with its custom policy, and a moment at which that policy is in force. */
async function withPolicy(changes: Partial<PolicySettings>, scenario: Partial<CreateScenarioInput> = {}) {
  const { organization, user } = await createOrgWithMember(test.db);
  const actor = { userId: user.id, email: user.email };
  const { sceneId } = await createScenario(test.db, actor, organization.id, {
    name: `p_${randomBytes(3).toString("hex")}`,
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
    ruleStatus: "OFFICIAL_RELEASE",
    ...scenario,
  } as CreateScenarioInput);
  await savePolicy(test.db, actor, organization.id, { ...DEFAULT_POLICY, ...changes, sceneId, version: 0 });
  const inForce = new Date(Date.now() + rulePropagationMs() + 60_000);
  return { prefix: organization.prefix, sceneId, inForce };
}

type Context = Awaited<ReturnType<typeof withPolicy>>;

async function attempt(
  context: Context,
  options: { at?: Date; pageUrl?: string; address?: string; deviceId?: string; userAgent?: string; signals?: Signals; x?: number } = {},
) {
  const at = options.at ?? context.inForce;
  const init = await initializeChallenge(
    test.db,
    { prefix: context.prefix, sceneId: context.sceneId, pageUrl: options.pageUrl ?? "https://shop.example.com/sign-in", deviceId: options.deviceId },
    options.address ?? "203.0.113.7",
    at,
  );
  if (!init.ok) throw new Error(init.code);
  const x = options.x ?? (init.challenge.trackWidth as number | undefined);
  const result = await verifyOnClient(test.db, { certifyId: init.certifyId, answer: x === undefined ? {} : { x }, signals: options.signals ?? HUMAN }, at, {
    userAgent: options.userAgent ?? DESKTOP,
  });
  return result.verifyCode;
}

describe("the custom policy in force at the client verification", () => {
  it("URL Verification refuses pages whose URL lacks the text (F016), after the delay only", async () => {
    const context = await withPolicy({ urlVerification: "shop.example.com" });
    expect(await attempt(context, { pageUrl: "https://evil.example.net/shop" })).toBe("F016");
    expect(await attempt(context, { pageUrl: "https://shop.example.com/checkout?step=2" })).toBe("T001");
    // Before the delay the default policy (no URL check) is still in force.
    expect(await attempt(context, { pageUrl: "https://evil.example.net/shop", at: new Date() })).toBe("T001");
  });

  it("Block Emulated Devices answers F009 for a desktop browser posing as a phone; off, it passes", async () => {
    const emulated = { userAgent: IPHONE, signals: { ...HUMAN, platform: "MacIntel" } };
    expect(await attempt(await withPolicy({ blockEmulatedDevices: true }), emulated)).toBe("F009");
    expect(await attempt(await withPolicy({ blockEmulatedDevices: false }), emulated)).toBe("T001");
  });

  it("Block Simulated Clicks answers F024 for scripted events", async () => {
    const scripted = { signals: { ...HUMAN, untrusted: true } };
    expect(await attempt(await withPolicy({ blockSimulatedClicks: true }), scripted)).toBe("F024");
    expect(await attempt(await withPolicy({ blockSimulatedClicks: false }), scripted)).toBe("T001");
  });

  it("the IP hourly limit counts verifications per scenario and address (F010)", async () => {
    const context = await withPolicy({ ipHourlyLimit: 2, ipDailyLimit: 5 });
    expect(await attempt(context, { address: "198.51.100.1" })).toBe("T001");
    expect(await attempt(context, { address: "198.51.100.1", x: 10 })).toBe("F015"); // a failure counts too
    expect(await attempt(context, { address: "198.51.100.1" })).toBe("F010");
    expect(await attempt(context, { address: "198.51.100.2" })).toBe("T001"); // another address
    // An hour later the hourly window is clear, but the day's limit is near: 3 made, then 4 and 5, then refused.
    const anHourLater = new Date(context.inForce.getTime() + 61 * 60_000);
    expect(await attempt(context, { address: "198.51.100.1", at: anHourLater })).toBe("T001");
    expect(await attempt(context, { address: "198.51.100.1", at: anHourLater })).toBe("T001");
    const twoHoursLater = new Date(context.inForce.getTime() + 122 * 60_000);
    expect(await attempt(context, { address: "198.51.100.1", at: twoHoursLater })).toBe("F010");
  });

  it("the device limit counts by the widget's device id, across addresses (F011)", async () => {
    const context = await withPolicy({ deviceHourlyLimit: 1, deviceDailyLimit: 10 });
    const device = "d".repeat(32);
    expect(await attempt(context, { deviceId: device, address: "192.0.2.1" })).toBe("T001");
    expect(await attempt(context, { deviceId: device, address: "192.0.2.2" })).toBe("F011");
    expect(await attempt(context, { deviceId: "e".repeat(32), address: "192.0.2.3" })).toBe("T001");
  });

  it("Attack and Defense Mode sends everyone through the Invisible CAPTCHA's additional challenge", async () => {
    const basic = await withPolicy({ mode: "BASIC" }, { verificationType: "INVISIBLE", additionalChallenge: "SLIDER" });
    const strict = await withPolicy({ mode: "ATTACK_AND_DEFENSE" }, { verificationType: "INVISIBLE", additionalChallenge: "SLIDER" });
    expect(await attempt(basic)).toBe("T001");
    expect(await attempt(strict)).toBe("F001");
  });

  it("Test Mode skips the policy, as it skips every risk check", async () => {
    const context = await withPolicy({ urlVerification: "shop.example.com" }, { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
    expect(await attempt(context, { pageUrl: "https://evil.example.net/" })).toBe("T005");
  });
});

describe("challenge history", () => {
  it("keeps challenges for the daily limits, then deletes them", async () => {
    const context = await withPolicy({});
    await attempt(context, { at: new Date() });
    const scenarioId = (await test.db.scenario.findUniqueOrThrow({ where: { sceneId: context.sceneId } })).id;
    const count = () => test.db.challenge.count({ where: { scenarioId } });
    expect(await count()).toBe(1);
    await pruneChallenges(test.db, new Date(Date.now() + CHALLENGE_RETENTION_MS - 60_000));
    expect(await count()).toBe(1);
    // Pruning runs at most every ten minutes per process: later than that, past the retention.
    await pruneChallenges(test.db, new Date(Date.now() + CHALLENGE_RETENTION_MS + 3600_000));
    expect(await count()).toBe(0);
  });
});
