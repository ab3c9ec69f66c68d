import { expect, test, type APIResponse } from "./fixtures/test";
import { newCustomer, newScenario } from "./runtime/console-api";

/**
 * Garbage at the runtime's public endpoints, through the production server's real routing:
 * every answer is a clear error in Alibaba Cloud's shape, never a 500, and leaks nothing.
 */
async function expectClearError(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await response.json();
  expect(body.Success).toBe(false);
  expect(body.Code).toBe(code);
  expect(body.Message).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/stack|prisma|SELECT|\.ts:/i);
}

const HUGE = "x".repeat(20_000);

test("initialization and client verification refuse garbage in every field", async ({ request }) => {
  const init = (data: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
    request.post("/api/captcha/init", { data: typeof data === "string" ? data : JSON.stringify(data), headers });
  for (const body of [
    "",
    "not json",
    "[]",
    "null",
    JSON.stringify({ prefix: 12, sceneId: [] }),
    JSON.stringify({ prefix: "a".repeat(100), sceneId: "b" }),
    HUGE,
  ]) {
    await expectClearError(await init(body), 400, "InvalidParameter");
  }
  await expectClearError(await init({ prefix: "nope00", sceneId: "abcdefgh" }), 400, "IllegalUserTag");

  const verify = (data: string) => request.post("/api/captcha/verify", { data, headers: { "content-type": "application/json" } });
  for (const body of [
    "{",
    JSON.stringify({}),
    JSON.stringify({ certifyId: "" }),
    JSON.stringify({ certifyId: "x", answer: { x: "left" } }),
    JSON.stringify({ certifyId: "x", answer: { x: 1e308 * 10 } }),
    JSON.stringify({ certifyId: "x", state: "y", events: Array.from({ length: 500 }, () => ["m", 1, 2, 3]) }),
    JSON.stringify({ certifyId: HUGE }),
  ]) {
    await expectClearError(await verify(body), 400, "InvalidParameter");
  }
  // A well-formed call for a challenge this server never issued: an answer (a protocol anomaly), not an error.
  const unknown = await verify(JSON.stringify({ certifyId: "abc123_0123456789", state: "x".repeat(80) }));
  expect(unknown.status()).toBe(200);
  expect((await unknown.json()).Result).toEqual({ VerifyResult: false, VerifyCode: "F017", CertifyId: "abc123_0123456789" });
});

test("the verification API refuses unsigned, badly signed and garbled calls with Alibaba's codes", async ({ request, page }) => {
  const rpc = (headers: Record<string, string>, data = "CaptchaVerifyParam=abc") =>
    request.post("/", { headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, data });
  const acs = {
    "x-acs-action": "VerifyIntelligentCaptcha",
    "x-acs-version": "2023-03-05",
    "x-acs-date": `${new Date().toISOString().slice(0, 19)}Z`,
  };
  await expectClearError(await rpc(acs), 400, "MissingParameter");
  await expectClearError(await rpc({ ...acs, authorization: "ACS3-HMAC-SHA256 garbage" }), 400, "IncompleteSignature");
  const forged = `ACS3-HMAC-SHA256 Credential=LTAI00000000000000000000,SignedHeaders=host;x-acs-action,Signature=${"0".repeat(64)}`;
  await expectClearError(await rpc({ ...acs, authorization: forged }), 404, "InvalidAccessKeyId.NotFound");
  await expectClearError(await rpc({ ...acs, "x-acs-action": "DeleteEverything" }), 404, "InvalidAction.NotFound");
  await expectClearError(await rpc({ ...acs, "x-acs-version": "2018-01-12" }), 400, "InvalidVersion");
  await expectClearError(await rpc({ ...acs, authorization: forged }, HUGE), 413, "InvalidParameter");

  // The JSON endpoint: no key, a wrong secret, then tokens that are garbage with a valid key.
  const json = (authorization: string | null, data: unknown) =>
    request.post("/api/v1/verify", {
      headers: { "content-type": "application/json", ...(authorization && { authorization }) },
      data: JSON.stringify(data),
    });
  await expectClearError(await json(null, {}), 401, "MissingParameter");
  const customer = await newCustomer(page);
  const { sceneId } = await newScenario(page, customer, { verificationType: "SLIDER" });
  const basic = (secret: string) => `Basic ${Buffer.from(`${customer.accessKeyId}:${secret}`).toString("base64")}`;
  await expectClearError(await json(basic("wrong"), { CaptchaVerifyParam: "x" }), 401, "InvalidAccessKeySecret");
  await expectClearError(await json(basic(customer.accessKeySecret), {}), 400, "MissingParameter");
  const token = (fields: object) => Buffer.from(JSON.stringify(fields)).toString("base64");
  const cases: [string, string][] = [
    ["", "F002"],
    ["%%%", "F003"],
    [token({ certifyId: "a" }), "F013"],
    [token({ certifyId: "a", sceneId, securityToken: "forged" }), "F017"],
    [token({ certifyId: "a", sceneId: "zzzzzzzz", securityToken: "forged" }), "F005"],
    [token({ certifyId: "a", sceneId, securityToken: "x" }).slice(0, 20), "F003"],
  ];
  for (const [param, code] of cases) {
    const response = await json(basic(customer.accessKeySecret), { CaptchaVerifyParam: param, SceneId: sceneId });
    expect(response.status()).toBe(200);
    expect((await response.json()).Result, param).toMatchObject({ VerifyResult: false, VerifyCode: code });
  }
});
