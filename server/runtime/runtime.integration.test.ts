import { execFile, spawnSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessKey, setAccessKeyEnabled } from "../access-key/service";
import { serverSamples } from "../guide/snippets";
import { createScenario, deleteScenario, updateScenario } from "../scenario/service";
import type { CreateScenarioInput } from "../scenario/rules";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { createOrgWithMember } from "../test/factories";
import { loadGuideVerifier } from "../test/guide-node-sample";
import { serveFetchHandler } from "../test/http-server";
import { initializeChallenge, verifyOnClient, type ClientVerifyResult } from "./client";
import { acsEncode } from "./signature";
import { USAGE_FLUSH_MS, flushUsage } from "./usage";
import { verifyForServer } from "./server-verify";
import { handleJsonCall, handleRpcCall } from "./verify-api";

/**
 * The runtime end to end below the browser: initialization and the client's verification through
 * the services, then VerifyIntelligentCaptcha called by Alibaba Cloud's official Node.js SDK,
 * running the integration guide's own Node.js snippet, against a real HTTP server.
 */
let test: TestDatabase;
let server: Awaited<ReturnType<typeof serveFetchHandler>>;
beforeAll(async () => {
  test = await createTestDatabase();
  server = await serveFetchHandler((request) => (new URL(request.url).pathname === "/api/v1/verify" ? handleJsonCall(test.db, request) : handleRpcCall(test.db, request)));
});
afterAll(async () => {
  await server.close();
  await test.close();
});

const HUMAN = { elapsedMs: 1500, pointerMoves: 25, trajectory: [[0, 0], [300, 120], [700, 290]] as [number, number][] };

async function setup(settings: Partial<CreateScenarioInput> = {}) {
  const { organization, user } = await createOrgWithMember(test.db);
  const actor = { userId: user.id, email: user.email };
  const key = await createAccessKey(test.db, actor, organization.id, "business server");
  const scenario = await createScenario(test.db, actor, organization.id, {
    name: `s_${randomBytes(3).toString("hex")}`,
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
    ruleStatus: "OFFICIAL_RELEASE",
    ...settings,
  } as CreateScenarioInput);
  return { organization, actor, key, scenario };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** The guide's Node.js snippet, run as a business server would run it. */
const guideContextOf = (context: Setup) => ({
  sceneId: context.scenario.sceneId,
  prefix: context.organization.prefix,
  baseUrl: server.origin,
  integrationMethod: "WEB_H5" as const,
  verificationType: context.scenario.verificationType,
});

function guideVerifier(context: Setup, secret = context.key.accessKeySecret, baseUrl = server.origin) {
  const code = serverSamples({ ...guideContextOf(context), baseUrl })[0].code;
  return loadGuideVerifier(code, { accessKeyId: context.key.accessKeyId, accessKeySecret: secret });
}

async function init(context: Setup) {
  const result = await initializeChallenge(test.db, { prefix: context.organization.prefix, sceneId: context.scenario.sceneId }, "10.0.0.1");
  if (!result.ok) throw new Error(result.code);
  return result;
}

/** Solves a challenge the way a person would, reading the answer the browser never sees. */
async function solve(context: Setup, options: { wrong?: boolean; v2?: boolean } = {}): Promise<ClientVerifyResult> {
  const { certifyId } = await init(context);
  const { answer } = await test.db.challenge.findUniqueOrThrow({ where: { certifyId } });
  const x = (answer as { x?: number }).x;
  return verifyOnClient(test.db, { certifyId, answer: x === undefined ? {} : { x: options.wrong ? x - 40 : x }, signals: HUMAN, v2: options.v2 });
}

describe("initialization", () => {
  it("answers IllegalUserTag for an unknown prefix and IllegalScene for an unknown or deleted scenario", async () => {
    const context = await setup();
    expect(await initializeChallenge(test.db, { prefix: "nope00", sceneId: context.scenario.sceneId }, "x")).toMatchObject({ code: "IllegalUserTag" });
    expect(await initializeChallenge(test.db, { prefix: context.organization.prefix, sceneId: "zzzzzzzz" }, "x")).toMatchObject({ code: "IllegalScene" });
    await deleteScenario(test.db, context.actor, context.organization.id, { sceneId: context.scenario.sceneId, confirmSceneId: context.scenario.sceneId });
    expect(await initializeChallenge(test.db, { prefix: context.organization.prefix, sceneId: context.scenario.sceneId }, "x")).toMatchObject({ code: "IllegalScene" });
  });

  it("never sends the answer to the browser", async () => {
    const context = await setup({ verificationType: "PUZZLE" });
    const result = await init(context);
    const { answer } = await test.db.challenge.findUniqueOrThrow({ where: { certifyId: result.certifyId } });
    expect(Object.keys(result.challenge).sort()).toEqual(["height", "image", "piece", "pieceSize", "pieceY", "width"]);
    expect(JSON.stringify(result.challenge)).not.toContain(`"x"`);
    expect((answer as { x: number }).x).toBeGreaterThan(0);
  });
});

describe("VerifyIntelligentCaptcha through the official Node.js SDK (the guide's snippet)", () => {
  it("passes a solved challenge with T001, once: the replay gets F008", async () => {
    const context = await setup();
    const solved = await solve(context);
    expect(solved).toMatchObject({ verifyResult: true, verifyCode: "T001" });
    const verify = guideVerifier(context);
    expect(await verify(solved.captchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T001" });
    expect(await verify(solved.captchaVerifyParam!)).toEqual({ passed: false, verifyCode: "F008" });
  });

  it("refuses a wrong secret, a disabled key and an unknown key with Alibaba's error codes", async () => {
    const context = await setup();
    const solved = await solve(context);
    const wrongSecret = await guideVerifier(context, "not-the-secret")(solved.captchaVerifyParam!).catch((error) => error);
    expect(wrongSecret).toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 400 });
    await setAccessKeyEnabled(test.db, context.actor, context.organization.id, context.key.accessKeyId, false);
    expect(await guideVerifier(context)(solved.captchaVerifyParam!).catch((error) => error)).toMatchObject({ code: "InvalidAccessKeyId.Inactive" });
    const unknown = guideVerifier({ ...context, key: { ...context.key, accessKeyId: "LTAI00000000000000000000" } });
    expect(await unknown(solved.captchaVerifyParam!).catch((error) => error)).toMatchObject({ code: "InvalidAccessKeyId.NotFound", statusCode: 404 });
    // Refused calls do not use the token up.
    await setAccessKeyEnabled(test.db, context.actor, context.organization.id, context.key.accessKeyId, true);
    expect(await guideVerifier(context)(solved.captchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T001" });
  });

  it("checks the signature against the host the SDK called, also behind a rewrite or reverse proxy", async () => {
    const context = await setup();
    // Like Next's rewrite of "/" (proxy.ts): Host becomes an internal address, X-Forwarded-Host keeps the called one.
    const behind = (forward: boolean) =>
      serveFetchHandler((request) => {
        const headers = new Headers(request.headers);
        if (forward) headers.set("x-forwarded-host", headers.get("host")!);
        headers.set("host", "localhost:1");
        return handleRpcCall(test.db, new Request(request.url, { method: request.method, headers, body: request.body, duplex: "half" } as RequestInit));
      });
    const [proxied, misrouted] = await Promise.all([behind(true), behind(false)]);
    try {
      const viaProxy = (origin: string) => guideVerifier({ ...context }, context.key.accessKeySecret, origin);
      const solved = await solve(context);
      expect(await viaProxy(misrouted.origin)(solved.captchaVerifyParam!).catch((error) => error)).toMatchObject({ code: "SignatureDoesNotMatch" });
      expect(await viaProxy(proxied.origin)(solved.captchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T001" });
    } finally {
      await Promise.all([proxied.close(), misrouted.close()]);
    }
  });

  it("answers F002, F003 and F013 for empty, malformed and incomplete parameters", async () => {
    const context = await setup();
    const verify = guideVerifier(context);
    expect((await verify("")).verifyCode).toBe("F002");
    expect((await verify("%%% not base64 %%%")).verifyCode).toBe("F003");
    expect((await verify(Buffer.from("not json").toString("base64"))).verifyCode).toBe("F003");
    expect((await verify(Buffer.from(JSON.stringify({ certifyId: "a" })).toString("base64"))).verifyCode).toBe("F013");
  });

  it("answers F015 for a wrong interaction (V2 hands out the token; the server decides)", async () => {
    const context = await setup({ verificationType: "PUZZLE" });
    const v3 = await solve(context, { wrong: true });
    expect(v3).toMatchObject({ verifyResult: false, verifyCode: "F015", captchaVerifyParam: undefined });
    const v2 = await solve(context, { wrong: true, v2: true });
    expect(await guideVerifier(context)(v2.captchaVerifyParam!)).toEqual({ passed: false, verifyCode: "F015" });
  });

  it("answers F012 when SceneId differs from the token's, F006 for another organization, F005 after deletion", async () => {
    const context = await setup();
    const other = await setup();
    const solved = await solve(context);
    const mismatched = guideVerifier({ ...context, scenario: { ...context.scenario, sceneId: other.scenario.sceneId } });
    expect((await mismatched(solved.captchaVerifyParam!)).verifyCode).toBe("F012");
    const second = await solve(context);
    expect((await guideVerifier({ ...other, scenario: context.scenario })(second.captchaVerifyParam!)).verifyCode).toBe("F006");
    const third = await solve(context);
    await deleteScenario(test.db, context.actor, context.organization.id, { sceneId: context.scenario.sceneId, confirmSceneId: context.scenario.sceneId });
    expect((await guideVerifier(context)(third.captchaVerifyParam!)).verifyCode).toBe("F005");
  });

  it("answers F014 without an initialization record, F017 for a forged token, F007 when too late", async () => {
    const context = await setup();
    const verify = guideVerifier(context);
    const token = (fields: object) => Buffer.from(JSON.stringify({ isSign: true, ...fields })).toString("base64");
    expect((await verify(token({ certifyId: "nope_0000000000", sceneId: context.scenario.sceneId, securityToken: "x" }))).verifyCode).toBe("F014");
    const solved = await solve(context);
    const decoded = JSON.parse(Buffer.from(solved.captchaVerifyParam!, "base64").toString());
    expect((await verify(token({ ...decoded, securityToken: "forged" }))).verifyCode).toBe("F017");
    const late = await solve(context);
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await verifyForServer(test.db, context.organization.id, { captchaVerifyParam: late.captchaVerifyParam, sceneId: context.scenario.sceneId }, later)).toMatchObject({
      VerifyCode: "F007",
    });
  });

  it("answers F014 at the client after the 20-minute initialization record", async () => {
    const context = await setup();
    const { certifyId } = await init(context);
    const later = new Date(Date.now() + 21 * 60_000);
    expect(await verifyOnClient(test.db, { certifyId, answer: { x: 300 }, signals: HUMAN }, later)).toMatchObject({ verifyCode: "F014" });
  });

  it("answers F001 when the signals look automated", async () => {
    const context = await setup({ verificationType: "ONE_CLICK" });
    const { certifyId } = await init(context);
    expect(await verifyOnClient(test.db, { certifyId, answer: {}, signals: { elapsedMs: 5 } })).toMatchObject({ verifyResult: false, verifyCode: "F001" });
  });
});

describe("Test Mode", () => {
  it.each([
    ["PASS_VERIFICATION", true, "T005"],
    ["FAIL_VERIFICATION", false, "F004"],
  ] as const)("%s gives %s/%s without risk checks", async (testResult, passes, code) => {
    const context = await setup({ verificationType: "PUZZLE", ruleStatus: "TEST_MODE", testResult });
    const { certifyId } = await init(context);
    // A wrong position and no human signals: Test Mode does not judge them.
    const result = await verifyOnClient(test.db, { certifyId, answer: { x: 0 }, signals: {} });
    expect(result).toMatchObject({ verifyResult: passes, verifyCode: code });
    if (passes) expect(await guideVerifier(context)(result.captchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T005" });
  });

  it("Invisible + Slider: failing the invisible check leads to the additional challenge", async () => {
    const context = await setup({ verificationType: "INVISIBLE", additionalChallenge: "SLIDER", ruleStatus: "TEST_MODE", testResult: "FAIL_INVISIBLE_PASS_CHALLENGE" });
    const { certifyId, captchaType } = await init(context);
    expect(captchaType).toBe("INVISIBLE");
    const first = await verifyOnClient(test.db, { certifyId, answer: {}, signals: HUMAN });
    expect(first).toMatchObject({ verifyResult: false, next: { captchaType: "SLIDER", challenge: { trackWidth: 300 } } });
    const second = await verifyOnClient(test.db, { certifyId, answer: { x: 300 }, signals: HUMAN });
    expect(second).toMatchObject({ verifyResult: true, verifyCode: "T005" });
    expect(await guideVerifier(context)(second.captchaVerifyParam!)).toEqual({ passed: true, verifyCode: "T005" });
  });

  it("Official Release: an automated browser fails the invisible check and gets the additional challenge", async () => {
    const context = await setup({ verificationType: "INVISIBLE", additionalChallenge: "PUZZLE" });
    const { certifyId } = await init(context);
    const first = await verifyOnClient(test.db, { certifyId, answer: {}, signals: { ...HUMAN, webdriver: true } });
    expect(first).toMatchObject({ verifyResult: false, verifyCode: "F001", next: { captchaType: "PUZZLE" } });
    const { answer } = await test.db.challenge.findUniqueOrThrow({ where: { certifyId } });
    const second = await verifyOnClient(test.db, { certifyId, answer: { x: (answer as { x: number }).x }, signals: HUMAN });
    expect(second).toMatchObject({ verifyResult: true, verifyCode: "T001" });
  });

  it("uses the rule in force: a switch to Official Release applies only after the delay", async () => {
    const context = await setup({ ruleStatus: "TEST_MODE", testResult: "FAIL_VERIFICATION" });
    await updateScenario(test.db, context.actor, context.organization.id, {
      sceneId: context.scenario.sceneId,
      version: context.scenario.version,
      name: context.scenario.name,
      verificationType: "SLIDER",
      ruleStatus: "OFFICIAL_RELEASE",
    });
    expect((await solve(context)).verifyCode).toBe("F004"); // still Test Mode for a while
    const { certifyId } = await init(context);
    const later = new Date(Date.now() + 6 * 60_000);
    expect(await verifyOnClient(test.db, { certifyId, answer: { x: 300 }, signals: HUMAN }, later)).toMatchObject({ verifyCode: "T001" });
  });
});

describe("other ways in", () => {
  it("the plain JSON endpoint verifies with HTTP Basic and refuses a wrong secret", async () => {
    const context = await setup();
    const solved = await solve(context);
    const call = (secret: string) =>
      fetch(`${server.origin}/api/v1/verify`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from(`${context.key.accessKeyId}:${secret}`).toString("base64")}` },
        body: JSON.stringify({ CaptchaVerifyParam: solved.captchaVerifyParam, SceneId: context.scenario.sceneId }),
      });
    const refused = await call("wrong");
    expect(refused.status).toBe(401);
    const ok = await call(context.key.accessKeySecret);
    expect(await ok.json()).toMatchObject({ Success: true, Result: { VerifyResult: true, VerifyCode: "T001" } });
  });

  it.skipIf(spawnSync("curl", ["--version"]).status !== 0)("the guide's curl sample verifies a token through the JSON endpoint", async () => {
    const context = await setup();
    const solved = await solve(context);
    const sample = serverSamples({ ...guideContextOf(context), baseUrl: server.origin }).find((candidate) => candidate.language === "bash")!;
    // The one thing a reader fills in: the token the client's success callback received.
    const script = sample.code.replace("<captchaVerifyParam from the client>", solved.captchaVerifyParam!);
    const env = { ...process.env, CAPTCHA_ACCESS_KEY_ID: context.key.accessKeyId, CAPTCHA_ACCESS_KEY_SECRET: context.key.accessKeySecret };
    const run = () => new Promise<string>((resolve, reject) => execFile("bash", ["-c", script], { env }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
    expect(JSON.parse(await run())).toMatchObject({ Success: true, Result: { VerifyResult: true, VerifyCode: "T001" } });
    expect(JSON.parse(await run())).toMatchObject({ Result: { VerifyResult: false, VerifyCode: "F008" } });
  });

  it("accepts the older HMAC-SHA1 signature (SignatureVersion 1.0) and refuses unsigned calls", async () => {
    const context = await setup();
    const solved = await solve(context);
    const parameters: Record<string, string> = {
      Action: "VerifyIntelligentCaptcha",
      Version: "2023-03-05",
      Format: "JSON",
      AccessKeyId: context.key.accessKeyId,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: randomBytes(8).toString("hex"),
      Timestamp: new Date().toISOString().replace(/\.\d{3}/, ""),
      CaptchaVerifyParam: solved.captchaVerifyParam!,
      SceneId: context.scenario.sceneId,
    };
    const canonical = Object.keys(parameters).sort().map((key) => `${acsEncode(key)}=${acsEncode(parameters[key])}`).join("&");
    const signature = createHmac("sha1", `${context.key.accessKeySecret}&`).update(`POST&%2F&${acsEncode(canonical)}`).digest("base64");
    const unsigned = await fetch(`${server.origin}/`, { method: "POST", body: new URLSearchParams(parameters) });
    expect((await unsigned.json()).Code).toBe("MissingParameter");
    const response = await fetch(`${server.origin}/`, { method: "POST", body: new URLSearchParams({ ...parameters, Signature: signature }) });
    expect(await response.json()).toMatchObject({ Result: { VerifyResult: true, VerifyCode: "T001" } });
  });
});

describe("usage", () => {
  it("counts every initialization and verification by day and result code", async () => {
    const context = await setup();
    const solved = await solve(context); // init + T001
    await solve(context, { wrong: true }); // init + F015
    await guideVerifier(context)(solved.captchaVerifyParam!); // T001
    await guideVerifier(context)(solved.captchaVerifyParam!); // F008
    await flushUsage(test.db);
    const counts = await test.db.usageCount.findMany({ where: { scenarioId: (await test.db.scenario.findUniqueOrThrow({ where: { sceneId: context.scenario.sceneId } })).id } });
    const byKey = Object.fromEntries(counts.map((row) => [`${row.kind}:${row.code}`, row.count]));
    expect(byKey).toEqual({ "init:Success": 2, "verify:T001": 2, "verify:F015": 1, "verify:F008": 1 });
  });

  it("loses no count under concurrent calls, with writes in between, and writes on its own", async () => {
    const context = await setup();
    const initRow = () => test.db.usageCount.findFirst({ where: { organizationId: context.organization.id, kind: "init" } });
    await Promise.all([...Array.from({ length: 100 }, () => init(context)), flushUsage(test.db), ...Array.from({ length: 100 }, () => init(context))]);
    // Without anyone reading, the gathered counts reach the database within USAGE_FLUSH_MS.
    await new Promise((resolve) => setTimeout(resolve, USAGE_FLUSH_MS + 300));
    expect((await initRow())?.count).toBe(200);
  });

  it("drops the pending counts of a scenario deleted meanwhile, with its history, and keeps the others", async () => {
    const kept = await setup();
    const deleted = await setup();
    await init(kept);
    await init(deleted);
    await deleteScenario(test.db, deleted.actor, deleted.organization.id, { sceneId: deleted.scenario.sceneId, confirmSceneId: deleted.scenario.sceneId });
    await flushUsage(test.db);
    expect(await test.db.usageCount.count({ where: { organizationId: kept.organization.id } })).toBe(1);
    expect(await test.db.usageCount.count({ where: { organizationId: deleted.organization.id } })).toBe(0);
  });
});
