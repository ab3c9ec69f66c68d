import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../e2e/human-motion";
import { DEFAULT_POLICY, type PolicySettings } from "../policy/rules";
import { savePolicy } from "../policy/service";
import { rulePropagationMs } from "../scenario/propagation";
import type { CreateScenarioInput } from "../scenario/rules";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { customerWithScenario } from "../test/runtime-setup";
import { humanAttempt, solvePow, type Shown } from "../test/visitor";
import { verifyOnClient } from "./client-verify";
import { initialize } from "./init";
import { Runtime } from "./runtime";

/**
 * The custom policy applied by the runtime: each setting saved through the console's service
 * changes what the client verification answers, once the propagation delay has passed. The
 * visitors here are people (the human-motion generator) paying the proof of work: only the
 * policy refuses them.
 */
let test: TestDatabase;
let runtime: Runtime;
beforeAll(async () => {
  test = await createTestDatabase();
  runtime = new Runtime(test.sql);
});
afterAll(() => test.close());

const random = seededRandom(7);
const DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

/** A scenario with its custom policy, and a moment at which that policy is in force. */
async function withPolicy(changes: Partial<PolicySettings>, scenario: Partial<CreateScenarioInput> = {}) {
  const customer = await customerWithScenario(test.db, scenario);
  await savePolicy(test.db, customer.actor, customer.organization.id, {
    ...DEFAULT_POLICY,
    ...changes,
    sceneId: customer.scenario.sceneId,
    version: 0,
  });
  runtime.directory.forget();
  return { ...customer.page, inForce: new Date(Date.now() + rulePropagationMs() + 60_000) };
}

type Context = Awaited<ReturnType<typeof withPolicy>>;

async function attempt(
  context: Context,
  options: {
    at?: Date;
    pageUrl?: string;
    address?: string;
    deviceToken?: string;
    userAgent?: string;
    env?: Record<string, unknown>;
    how?: "mouse" | "keyboard";
  } = {},
) {
  const at = options.at ?? context.inForce;
  const init = await initialize(
    runtime,
    {
      prefix: context.prefix,
      sceneId: context.sceneId,
      pageUrl: options.pageUrl ?? "https://shop.example.com/sign-in",
      deviceToken: options.deviceToken,
    },
    options.address ?? "203.0.113.7",
    at,
  );
  if (!init.ok) throw new Error(init.code);
  const shown: Shown = { certifyId: init.certifyId, type: init.captchaType, challenge: init.challenge, pow: init.pow, state: init.state };
  const act = humanAttempt(random, shown, options.how ?? "mouse");
  const result = await verifyOnClient(
    runtime,
    {
      certifyId: shown.certifyId,
      state: shown.state,
      pow: solvePow(shown.pow),
      answer: act.answer,
      events: act.events,
      pointer: act.pointer,
      box: act.box,
      env: { platform: "Linux x86_64", ...options.env },
    },
    { address: options.address ?? "203.0.113.7", userAgent: options.userAgent ?? DESKTOP },
    at,
  );
  return { code: result.verifyCode, deviceToken: init.deviceToken, next: result.next };
}

describe("the custom policy in force at the client verification", () => {
  it("URL Verification refuses pages whose URL lacks the text (F016), after the delay only", async () => {
    const context = await withPolicy({ urlVerification: "shop.example.com" });
    expect((await attempt(context, { pageUrl: "https://evil.example/sign-in", at: new Date() })).code).toBe("T001"); // not in force yet
    expect((await attempt(context, { pageUrl: "https://evil.example/sign-in" })).code).toBe("F016");
    expect((await attempt(context, { pageUrl: "https://shop.example.com/checkout" })).code).toBe("T001");
  });

  it("Block Emulated Devices answers F009 for a desktop browser posing as a phone; off, it passes", async () => {
    const posing = { userAgent: IPHONE, env: { platform: "MacIntel" } };
    expect((await attempt(await withPolicy({ blockEmulatedDevices: true }), posing)).code).toBe("F009");
    expect((await attempt(await withPolicy({ blockEmulatedDevices: false }), posing)).code).toBe("T001");
  });

  it("Block Simulated Clicks answers F024 for events a script dispatched", async () => {
    const context = await withPolicy({ blockSimulatedClicks: true });
    expect((await attempt(context, { env: { untrusted: true } })).code).toBe("F024");
    expect((await attempt(context)).code).toBe("T001");
  });

  it("the IP hourly limit counts verifications per scenario and address (F010)", async () => {
    const context = await withPolicy({ ipHourlyLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await attempt(context, { address: "198.51.100.1" })).code).toBe("T001");
    expect((await attempt(context, { address: "198.51.100.1" })).code).toBe("F010");
    expect((await attempt(context, { address: "198.51.100.2" })).code).toBe("T001");
    // Another scenario's limit is its own.
    expect((await attempt(await withPolicy({ ipHourlyLimit: 3 }), { address: "198.51.100.1" })).code).toBe("T001");
  });

  it("the IP limit holds under parallel verifications: no more than the limit pass", async () => {
    const context = await withPolicy({ ipHourlyLimit: 5 });
    const codes = await Promise.all(
      Array.from({ length: 12 }, () => attempt(context, { address: "198.51.100.9" }).then((result) => result.code)),
    );
    expect(codes.filter((code) => code === "T001")).toHaveLength(5);
    expect(codes.filter((code) => code === "F010")).toHaveLength(7);
  });

  it("the device limit counts the device the server issued, across addresses (F011)", async () => {
    const context = await withPolicy({ deviceHourlyLimit: 2 });
    const first = await attempt(context, { address: "192.0.2.1" });
    expect(first.code).toBe("T001");
    expect((await attempt(context, { address: "192.0.2.2", deviceToken: first.deviceToken })).code).toBe("T001");
    expect((await attempt(context, { address: "192.0.2.3", deviceToken: first.deviceToken })).code).toBe("F011");
    // A made-up token is not a device: it gets a new one (and a fresh device weighs in the risk score).
    expect((await attempt(context, { address: "192.0.2.4", deviceToken: `${"A".repeat(22)}.forged` })).code).toBe("T001");
  });

  it("Attack and Defense Mode sends everyone through the Invisible CAPTCHA's additional challenge", async () => {
    const context = await withPolicy({ mode: "ATTACK_AND_DEFENSE" }, { verificationType: "INVISIBLE", additionalChallenge: "ONE_CLICK" });
    const result = await attempt(context);
    expect(result.code).toBe("F001");
    expect(result.next?.captchaType).toBe("ONE_CLICK");
  });

  it("Attack and Defense Mode asks for more proof of work than Basic", async () => {
    const basic = await withPolicy({});
    const strict = await withPolicy({ mode: "ATTACK_AND_DEFENSE" });
    const work = async (context: Context) => {
      const init = await initialize(runtime, { prefix: context.prefix, sceneId: context.sceneId }, "192.0.2.50", context.inForce);
      if (!init.ok) throw new Error(init.code);
      return init.pow.challenges.length * init.pow.max;
    };
    expect(await work(strict)).toBeGreaterThanOrEqual(5 * (await work(basic)));
  });

  it("Test Mode skips the policy, as it skips every risk check", async () => {
    const context = await withPolicy(
      { urlVerification: "shop.example.com", ipHourlyLimit: 1 },
      { ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" },
    );
    for (let i = 0; i < 3; i++) expect((await attempt(context, { pageUrl: "https://evil.example/" })).code).toBe("T005");
  });
});
