import { execFile, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../e2e/human-motion";
import { setAccessKeyEnabled } from "../access-key/service";
import { serverSamples } from "../guide/snippets";
import { deleteScenario } from "../scenario/service";
import type { TestDatabase } from "../test/database";
import { loadGuideVerifier } from "../test/guide-node-sample";
import { serveRuntimeForFile, type RuntimeServer } from "../test/runtime-server";
import { customerWithScenario, type Customer } from "../test/runtime-setup";
import { sha1Parameters, sha1Signature } from "../test/sha1-signature";
import { Visitor } from "../test/visitor";
import { ACCESS_KEY_TTL_MS } from "./directory";
import { issueToken } from "./token";
import { flushUsage } from "./usage";

/**
 * VerifyIntelligentCaptcha as business servers call it: Alibaba Cloud's official Node.js SDK,
 * running the integration guide's own snippet, the guide's curl sample, the older HMAC-SHA1
 * signature, against the runtime on a real HTTP server. Every VerifyCode a token can get.
 */
let test: TestDatabase;
let server: RuntimeServer;
serveRuntimeForFile((opened) => {
  ({ test, server } = opened);
});

const random = seededRandom(11);
const setup = (settings: Parameters<typeof customerWithScenario>[1] = {}) => customerWithScenario(test.db, settings);

function guideVerifier(customer: Customer, secret = customer.key.accessKeySecret, baseUrl = server.origin) {
  const code = serverSamples({
    sceneId: customer.scenario.sceneId,
    prefix: customer.organization.prefix,
    baseUrl,
    integrationMethod: "WEB_H5",
    verificationType: customer.scenario.verificationType,
  })[0].code;
  return loadGuideVerifier(code, { accessKeyId: customer.key.accessKeyId, accessKeySecret: secret });
}

/** A token as the client's success callback receives it. */
async function tokenFor(customer: Customer, how: "pass" | "wrong-v2" = "pass") {
  const visitor = new Visitor(server.origin, customer.page, { "x-forwarded-for": `203.0.113.${1 + Math.floor(random() * 250)}` });
  if (how === "pass") {
    const answer = await visitor.solve(random);
    expect(answer.Result.VerifyCode).toMatch(/^T/);
    return answer.CaptchaVerifyParam!;
  }
  const init = await visitor.init();
  const shown = { certifyId: init.CertifyId, type: init.CaptchaType, challenge: init.Challenge, pow: init.Pow, state: init.State };
  const { humanAttempt } = await import("../test/visitor");
  return (await visitor.verify(shown, humanAttempt(random, shown, "mouse", { miss: 50 }), { v2: true })).CaptchaVerifyParam!;
}

describe("VerifyIntelligentCaptcha through the official Node.js SDK (the guide's snippet)", () => {
  it("passes a solved challenge with T001, once: the replay gets F008", async () => {
    const customer = await setup();
    const token = await tokenFor(customer);
    const verify = guideVerifier(customer);
    expect(await verify(token)).toEqual({ passed: true, verifyCode: "T001" });
    expect(await verify(token)).toEqual({ passed: false, verifyCode: "F008" });
  });

  it("verifies a token once even when two business servers race with it", async () => {
    const customer = await setup();
    const token = await tokenFor(customer);
    const results = await Promise.all(Array.from({ length: 10 }, () => guideVerifier(customer)(token)));
    expect(results.filter((result) => result.passed)).toHaveLength(1);
    expect(results.filter((result) => result.verifyCode === "F008")).toHaveLength(9);
  });

  it("refuses a wrong secret and an unknown key with Alibaba's error codes; refused calls do not use the token up", async () => {
    const customer = await setup();
    const token = await tokenFor(customer);
    expect(await guideVerifier(customer, "not-the-secret")(token).catch((error) => error)).toMatchObject({
      code: "SignatureDoesNotMatch",
      statusCode: 400,
    });
    const unknown = guideVerifier({ ...customer, key: { ...customer.key, accessKeyId: "LTAI00000000000000000000" } });
    expect(await unknown(token).catch((error) => error)).toMatchObject({ code: "InvalidAccessKeyId.NotFound", statusCode: 404 });
    expect(await guideVerifier(customer)(token)).toEqual({ passed: true, verifyCode: "T001" });
  });

  it(`a disabled key stops working within ${ACCESS_KEY_TTL_MS / 1000} seconds, and works again once enabled`, async () => {
    const customer = await setup();
    const verify = guideVerifier(customer);
    expect((await verify(await tokenFor(customer))).passed).toBe(true); // the key is now cached as enabled
    await setAccessKeyEnabled(test.db, customer.actor, customer.organization.id, customer.key.accessKeyId, false);
    const disabledAt = Date.now();
    let refused: { code?: string } | undefined;
    while (!refused) {
      refused = await verify(await tokenFor(customer)).then(
        () => undefined,
        (error) => error,
      );
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(refused).toMatchObject({ code: "InvalidAccessKeyId.Inactive" });
    expect(Date.now() - disabledAt).toBeLessThanOrEqual(ACCESS_KEY_TTL_MS + 1500);
  });

  it("checks the signature against the host the SDK called, also behind a reverse proxy", async () => {
    const customer = await setup();
    const token = await tokenFor(customer);
    // The SDK signs "localhost:<port>" (the host it calls); a proxy passes it on as X-Forwarded-Host.
    const viaProxyName = guideVerifier(customer, customer.key.accessKeySecret, server.origin.replace("127.0.0.1", "localhost"));
    expect(await viaProxyName(token)).toEqual({ passed: true, verifyCode: "T001" });
  });

  it("answers F002, F003 and F013 for empty, malformed and incomplete parameters", async () => {
    const customer = await setup();
    const verify = guideVerifier(customer);
    expect((await verify("")).verifyCode).toBe("F002");
    expect((await verify("%%% not base64 %%%")).verifyCode).toBe("F003");
    expect((await verify(Buffer.from("not json").toString("base64"))).verifyCode).toBe("F003");
    expect((await verify(Buffer.from(JSON.stringify({ certifyId: "a" })).toString("base64"))).verifyCode).toBe("F013");
  });

  it("answers F015 for a wrong interaction (V2 hands the page a token; the server decides)", async () => {
    const customer = await setup({ verificationType: "PUZZLE" });
    expect(await guideVerifier(customer)(await tokenFor(customer, "wrong-v2"))).toEqual({ passed: false, verifyCode: "F015" });
  });

  it("answers F012 when SceneId differs, F006 for another organization's key, F005 after deletion", async () => {
    const customer = await setup();
    const other = await setup();
    const mismatched = guideVerifier({ ...customer, scenario: { ...customer.scenario, sceneId: other.scenario.sceneId } });
    expect((await mismatched(await tokenFor(customer))).verifyCode).toBe("F012");
    expect((await guideVerifier({ ...other, scenario: customer.scenario })(await tokenFor(customer))).verifyCode).toBe("F006");
    const third = await tokenFor(customer);
    await deleteScenario(test.db, customer.actor, customer.organization.id, {
      sceneId: customer.scenario.sceneId,
      confirmSceneId: customer.scenario.sceneId,
    });
    server.runtime.directory.forget();
    expect((await guideVerifier(customer)(third)).verifyCode).toBe("F005");
  });

  it("answers F017 for a forged or altered token, and F007 when too late", async () => {
    const customer = await setup();
    const verify = guideVerifier(customer);
    const encode = (fields: object) => Buffer.from(JSON.stringify({ isSign: true, ...fields })).toString("base64");
    expect(
      (await verify(encode({ certifyId: "nope_0000000000", sceneId: customer.scenario.sceneId, securityToken: "x".repeat(60) })))
        .verifyCode,
    ).toBe("F017");
    const genuine = JSON.parse(Buffer.from(await tokenFor(customer), "base64").toString());
    const other = JSON.parse(Buffer.from(await tokenFor(customer), "base64").toString());
    // Another challenge's certifyId on this security token: altered.
    expect((await verify(encode({ ...genuine, certifyId: other.certifyId }))).verifyCode).toBe("F017");
    const scenario = await test.db.scenario.findUniqueOrThrow({ where: { sceneId: customer.scenario.sceneId } });
    const late = issueToken({
      c: genuine.certifyId,
      n: scenario.sceneId,
      s: scenario.id,
      o: scenario.organizationId,
      r: "T001",
      i: Date.now() - 11 * 60_000,
    });
    expect((await verify(late)).verifyCode).toBe("F007");
  });

  it("Test Mode: the configured result (T005)", async () => {
    const customer = await setup({ ruleStatus: "TEST_MODE", testResult: "PASS_VERIFICATION" });
    const visitor = new Visitor(server.origin, customer.page);
    const init = await visitor.init();
    const shown = { certifyId: init.CertifyId, type: init.CaptchaType, challenge: init.Challenge, pow: init.Pow, state: init.State };
    const answer = await visitor.verify(shown, { answer: {}, events: [], pointer: "none" }, { pow: null });
    expect(await guideVerifier(customer)(answer.CaptchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T005" });
  });
});

describe("other ways in", () => {
  it("the plain JSON endpoint verifies with HTTP Basic and refuses a wrong secret", async () => {
    const customer = await setup();
    const token = await tokenFor(customer);
    const call = (secret: string) =>
      fetch(`${server.origin}/api/v1/verify`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Basic ${Buffer.from(`${customer.key.accessKeyId}:${secret}`).toString("base64")}`,
        },
        body: JSON.stringify({ CaptchaVerifyParam: token, SceneId: customer.scenario.sceneId }),
      });
    expect((await call("wrong")).status).toBe(401);
    expect(await (await call(customer.key.accessKeySecret)).json()).toMatchObject({
      Success: true,
      Result: { VerifyResult: true, VerifyCode: "T001" },
    });
  });

  it.skipIf(spawnSync("curl", ["--version"]).status !== 0)(
    "the guide's curl sample verifies a token through the JSON endpoint",
    async () => {
      const customer = await setup();
      const token = await tokenFor(customer);
      const sample = serverSamples({
        sceneId: customer.scenario.sceneId,
        prefix: customer.organization.prefix,
        baseUrl: server.origin,
        integrationMethod: "WEB_H5",
        verificationType: "SLIDER",
      }).find((candidate) => candidate.language === "bash")!;
      const script = sample.code.replace("<captchaVerifyParam from the client>", token);
      const env = {
        ...process.env,
        CAPTCHA_ACCESS_KEY_ID: customer.key.accessKeyId,
        CAPTCHA_ACCESS_KEY_SECRET: customer.key.accessKeySecret,
      };
      const run = () =>
        new Promise<string>((resolve, reject) =>
          execFile("bash", ["-c", script], { env }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
        );
      expect(JSON.parse(await run())).toMatchObject({ Success: true, Result: { VerifyResult: true, VerifyCode: "T001" } });
      expect(JSON.parse(await run())).toMatchObject({ Result: { VerifyResult: false, VerifyCode: "F008" } });
    },
  );

  it("accepts the older HMAC-SHA1 signature (SignatureVersion 1.0) and refuses unsigned calls", async () => {
    const customer = await setup();
    const parameters = sha1Parameters(customer.key.accessKeyId, {
      CaptchaVerifyParam: await tokenFor(customer),
      SceneId: customer.scenario.sceneId,
    });
    const signature = sha1Signature(parameters, customer.key.accessKeySecret);
    const unsigned = await fetch(`${server.origin}/`, { method: "POST", body: new URLSearchParams(parameters) });
    expect((await unsigned.json()).Code).toBe("MissingParameter");
    const response = await fetch(`${server.origin}/`, {
      method: "POST",
      body: new URLSearchParams({ ...parameters, Signature: signature }),
    });
    expect(await response.json()).toMatchObject({ Result: { VerifyResult: true, VerifyCode: "T001" } });
  });
});

describe("usage", () => {
  it("counts server verifications by result code; another organization's call counts for nobody", async () => {
    const customer = await setup();
    const other = await setup();
    const token = await tokenFor(customer);
    await guideVerifier(customer)(token); // T001
    await guideVerifier(customer)(token); // F008
    await guideVerifier({ ...other, scenario: customer.scenario })(await tokenFor(customer)); // F006: not counted
    await new Promise((resolve) => setTimeout(resolve, 100));
    await flushUsage(test.sql);
    const scenarioId = (await test.db.scenario.findUniqueOrThrow({ where: { sceneId: customer.scenario.sceneId } })).id;
    const counts = Object.fromEntries(
      (await test.db.usageCount.findMany({ where: { scenarioId, kind: "verify" } })).map((row) => [row.code, row.count]),
    );
    // Two client verifications passed (T001) and the business server verified one token twice.
    expect(counts).toEqual({ T001: 3, F008: 1 });
  });
});
