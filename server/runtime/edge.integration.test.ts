import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TestDatabase } from "../test/database";
import { databaseFingerprint } from "../test/database-fingerprint";
import { serveRuntimeForFile, type RuntimeServer } from "../test/runtime-server";
import { customerWithScenario, type Customer } from "../test/runtime-setup";
import { Visitor } from "../test/visitor";

/**
 * Whatever reaches the runtime's endpoints — garbage, hostile text, oversized bodies — gets an
 * answer in Alibaba Cloud's error format, never a 5xx, and a refused request writes nothing.
 * Property-based (fast-check) over every endpoint the runtime serves; FUZZ_SEED / FUZZ_RUNS vary it.
 */
const SEED = Number(process.env.FUZZ_SEED || 20_261_129) | 0;
const RUNS = Number(process.env.FUZZ_RUNS || 60);

let test: TestDatabase;
let server: RuntimeServer;
let customer: Customer;
serveRuntimeForFile(async (opened) => {
  ({ test, server } = opened);
  customer = await customerWithScenario(test.db);
});

const ENDPOINTS = ["/api/captcha/init", "/api/captcha/verify", "/api/v1/verify", "/"] as const;

const HOSTILE = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFF",
  "%00",
  "' OR 1=1 --",
  "<script>",
  "9".repeat(300),
  "😀",
  "\u202E",
  "",
  " ",
  "null",
  "{}",
  "[]",
];
const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileText, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A body aimed at the endpoint's own fields, with hostile values, or plain garbage. */
function bodyFor(endpoint: (typeof ENDPOINTS)[number]) {
  const fields: Record<string, string[]> = {
    "/api/captcha/init": ["prefix", "sceneId", "pageUrl", "deviceToken"],
    "/api/captcha/verify": ["certifyId", "state", "pow", "answer", "events", "pointer", "box", "env", "v2"],
    "/api/v1/verify": ["CaptchaVerifyParam", "SceneId"],
    "/": [
      "Action",
      "Version",
      "AccessKeyId",
      "Signature",
      "SignatureMethod",
      "SignatureNonce",
      "Timestamp",
      "CaptchaVerifyParam",
      "SceneId",
    ],
  };
  const known = fc.record(Object.fromEntries(fields[endpoint].map((field) => [field, jsonValue])), { requiredKeys: [] });
  return fc.oneof(
    known.map((value) => ({ type: "application/json", body: JSON.stringify(value) })),
    known.map((value) => ({
      type: "application/x-www-form-urlencoded",
      body: new URLSearchParams(
        Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")]),
      ).toString(),
    })),
    fc.string({ maxLength: 200 }).map((body) => ({ type: "application/json", body })),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ type: "application/octet-stream", body: Buffer.from(bytes).toString("latin1") })),
  );
}

const headerValue = fc.oneof(
  fc.constantFrom(
    `ACS3-HMAC-SHA256 Credential=LTAI,SignedHeaders=host,Signature=${"a".repeat(64)}`,
    "Basic %00",
    `Basic ${Buffer.from("\u0000:x").toString("base64")}`,
    "VerifyIntelligentCaptcha",
  ),
  fc.stringMatching(/^[\x20-\x7e]{0,60}$/),
);

async function send(path: string, options: { method?: string; type?: string; body?: string; headers?: Record<string, string> }) {
  const response = await fetch(`${server.origin}${path}`, {
    method: options.method ?? "POST",
    headers: { ...(options.type && { "content-type": options.type }), ...options.headers },
    body: options.body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

describe("the runtime's endpoints under generated bad input", () => {
  it.each(ENDPOINTS)(
    "%s: never a 5xx, Alibaba's error format, nothing written on refusal",
    async (endpoint) => {
      const before = await databaseFingerprint(test.db);
      await fc.assert(
        fc.asyncProperty(
          bodyFor(endpoint),
          fc.dictionary(
            fc.constantFrom("authorization", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-forwarded-host"),
            headerValue,
            { maxKeys: 4 },
          ),
          fc.constantFrom("", "?Action=VerifyIntelligentCaptcha", "?AccessKeyId=%00", "?x=%ED%A0%80", "?Version=2023-03-05&Action=%00"),
          async ({ type, body }, headers, query) => {
            const answer = await send(`${endpoint}${query}`, { type, body, headers });
            if (answer.status === 404 && endpoint === "/") return; // not an SDK call: the console's page (not served here)
            expect(answer.status, `${endpoint}${query} ${body.slice(0, 80)}`).toBeLessThan(500);
            const parsed = JSON.parse(answer.text);
            expect(typeof parsed.RequestId).toBe("string");
            if (answer.status >= 400)
              expect(parsed).toMatchObject({ Success: false, Code: expect.any(String), Message: expect.any(String) });
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
      // Garbage never initializes, verifies or counts anything.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await databaseFingerprint(test.db)).toEqual(before);
    },
    120_000,
  );

  it.each([
    ["prefix", { prefix: "a\u0000b" }],
    ["sceneId", { sceneId: "\uD800x" }],
    ["pageUrl", { pageUrl: "https://a.example/\u0000" }],
    ["deviceToken", { deviceToken: "x\u0000" }],
  ])("initialization refuses %s with NUL or a lone surrogate: 400 InvalidParameter", async (_, change) => {
    const answer = await send("/api/captcha/init", { type: "application/json", body: JSON.stringify({ ...customer.page, ...change }) });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ Code: "InvalidParameter", Success: false });
  });

  it("client verification refuses a NUL in certifyId, and the verification APIs a NUL key id", async () => {
    const verify = await send("/api/captcha/verify", {
      type: "application/json",
      body: JSON.stringify({ certifyId: "a\u0000", state: "x", pow: [], answer: {}, events: [] }),
    });
    expect(verify.status).toBe(400);
    const basic = await send("/api/v1/verify", {
      type: "application/json",
      body: "{}",
      headers: { authorization: `Basic ${Buffer.from("LTAI\u0000:secret").toString("base64")}` },
    });
    expect(basic.status).toBeLessThan(500);
    const rpc = await send("/?Action=VerifyIntelligentCaptcha&AccessKeyId=%00", { type: "application/x-www-form-urlencoded", body: "" });
    expect(rpc.status).toBe(400);
    expect(JSON.parse(rpc.text).Code).toBe("InvalidParameter");
  });

  it("refuses an oversized body by its Content-Length, and a chunked one without reading it all (413)", async () => {
    const declared = await send("/api/captcha/verify", {
      type: "application/json",
      body: JSON.stringify({ padding: "x".repeat(40 * 1024) }),
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ Success: false });

    // 40 MB, chunked: the answer arrives long before the client could have sent it all.
    const url = new URL(`${server.origin}/api/captcha/init`);
    const outcome = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      let sentBytes = 0;
      const request = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
        },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, sentBytes });
          request.destroy();
        },
      );
      request.on("error", (error) => (sentBytes > 0 ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sentBytes < 40 * 1024 * 1024) {
          sentBytes += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", pump);
        }
        request.end();
      };
      pump();
    });
    expect(outcome.status).toBe(413);
    expect(outcome.sentBytes).toBeLessThan(40 * 1024 * 1024);
  });

  it("the client script is served to any page, and a real visitor still gets through", async () => {
    const script = await fetch(`${server.origin}/captcha/AliyunCaptcha.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("access-control-allow-origin")).toBe("*");
    expect(await script.text()).toContain("initAliyunCaptcha");
    const { seededRandom } = await import("../../e2e/human-motion");
    expect((await new Visitor(server.origin, customer.page).solve(seededRandom(3))).Result.VerifyCode).toBe("T001");
  }, 60_000);
});
