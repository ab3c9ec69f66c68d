import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createAccessKey } from "../access-key/service";
import type { TestDatabase } from "../test/database";
import { createOrgWithMember } from "../test/factories";
import { serveRuntimeForFile, type RuntimeServer } from "../test/runtime-server";
import { sha1Parameters, sha1Signature } from "../test/sha1-signature";
import { forgetServerKey } from "../crypto/server-key";

/**
 * A signed request is good once. Requests are captured as they leave Alibaba Cloud's official SDK
 * and sent again byte for byte, as an attacker on the path would: the copy is refused with
 * Alibaba's SignatureNonceUsed, on every instance (the nonces live in the shared database).
 */
let test: TestDatabase;
let server: RuntimeServer;
let proxy: Server;
let proxyOrigin: string;
const captured: { headers: Headers; body: string }[] = [];

serveRuntimeForFile(async (opened) => {
  ({ test, server } = opened);
  // Between the SDK and the runtime, a recorder: what an attacker on the path would capture.
  proxy = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const body = Buffer.concat(chunks).toString();
    captured.push({ headers, body });
    const forwarded = await send(server.origin, { headers, body });
    response.writeHead(forwarded.status, { "content-type": "application/json" });
    response.end(JSON.stringify(forwarded.body));
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyOrigin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => {
  proxy.close();
});

async function accessKey() {
  const { organization, user } = await createOrgWithMember(test.db);
  return createAccessKey(test.db, { userId: user.id, email: user.email }, organization.id, "replay test");
}

// Loaded the way the integration guide's Node.js sample loads it (CommonJS).
const require = createRequire(import.meta.url);
const Captcha = require("@alicloud/captcha20230305");
const { Config } = require("@alicloud/openapi-client");

function sdkFor(key: { accessKeyId: string; accessKeySecret: string }) {
  const client = new Captcha.default(
    new Config({ accessKeyId: key.accessKeyId, accessKeySecret: key.accessKeySecret, endpoint: proxyOrigin.slice(7), protocol: "http" }),
  );
  return (param: string): Promise<{ body?: { success?: boolean } }> =>
    client.verifyIntelligentCaptcha(new Captcha.VerifyIntelligentCaptchaRequest({ captchaVerifyParam: param }));
}

/** A captured request again, minus the connection-level headers the new connection sets itself; the signed host stays. */
function send(origin: string, { headers, body }: { headers: Headers; body: string }) {
  const copy = new Headers(headers);
  copy.set("x-forwarded-host", headers.get("host") ?? "");
  for (const name of ["transfer-encoding", "connection", "content-length", "host"]) copy.delete(name);
  return fetch(`${origin}/`, { method: "POST", headers: copy, body }).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));
}

describe("signed requests cannot be replayed", () => {
  it("refuses a captured ACS3-HMAC-SHA256 request sent again, while the SDK's own next call passes", async () => {
    const key = await accessKey();
    const verify = sdkFor(key);
    captured.length = 0;
    const first = await verify("not-a-token");
    expect(first.body?.success).toBe(true); // authenticated; the token itself is F003
    const replay = await send(server.origin, captured[0]);
    expect(replay).toMatchObject({ status: 400, body: { Code: "SignatureNonceUsed", Success: false } });
    expect((await verify("not-a-token")).body?.success).toBe(true);
  });

  it("refuses a replayed HMAC-SHA1 (SignatureVersion 1.0) request, and one without a nonce", async () => {
    const key = await accessKey();
    const parameters = sha1Parameters(key.accessKeyId, { CaptchaVerifyParam: "not-a-token" });
    const sign = (values: Record<string, string>) => sha1Signature(values, key.accessKeySecret);
    const post = (values: Record<string, string>) =>
      fetch(`${server.origin}/`, { method: "POST", body: new URLSearchParams({ ...values, Signature: sign(values) }) }).then(async (r) => ({
        status: r.status,
        body: await r.json(),
      }));
    expect((await post(parameters)).body).toMatchObject({ Success: true });
    expect(await post(parameters)).toMatchObject({ status: 400, body: { Code: "SignatureNonceUsed" } });
    const { SignatureNonce: _omitted, ...withoutNonce } = parameters;
    expect((await post(withoutNonce)).body).toMatchObject({ Code: "MissingParameter" });
  });

  it("refuses an ACS3 request whose nonce header was left out of the signature", async () => {
    const key = await accessKey();
    captured.length = 0;
    await sdkFor(key)("not-a-token");
    const { headers, body } = captured[0];
    const altered = new Headers(headers);
    altered.set("x-acs-signature-nonce", randomBytes(8).toString("hex"));
    // The SDK signed the nonce, so changing it breaks the signature rather than opening a replay.
    expect((await send(server.origin, { headers: altered, body })).body.Code).toBe("SignatureDoesNotMatch");
  });
});

describe("a wrong CAPTCHA_SERVER_KEY", () => {
  it("answers a clear Alibaba-format error (no 500, no stack trace) and logs the reason once", async () => {
    const key = await accessKey();
    const verify = sdkFor(key);
    const original = process.env.CAPTCHA_SERVER_KEY;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      process.env.CAPTCHA_SERVER_KEY = randomBytes(32).toString("base64");
      forgetServerKey();
      server.runtime.directory.forget(); // the key's secret is read again, with the new server key
      for (let i = 0; i < 3; i++) {
        const error = await verify("not-a-token").catch((e: { code?: string; statusCode?: number; data?: unknown }) => e);
        expect(error).toMatchObject({ code: "ServiceUnavailable", statusCode: 503 });
        expect(JSON.stringify((error as { data?: unknown }).data)).not.toMatch(/at .*\.ts|authenticate data/);
      }
      const messages = logged.mock.calls.map((call) => String(call[0])).filter((message) => message.includes("cannot be decrypted"));
      expect(messages).toHaveLength(1);
    } finally {
      logged.mockRestore();
      if (original === undefined) delete process.env.CAPTCHA_SERVER_KEY;
      else process.env.CAPTCHA_SERVER_KEY = original;
      forgetServerKey();
      server.runtime.directory.forget();
    }
    expect((await verify("not-a-token")).body?.success).toBe(true);
  });
});
