import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startWebhookReceiver, type WebhookReceiver } from "../test/webhook-receiver";
import type { Notification } from "./message";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, postWebhook, publicOnlyLookup, signWebhook } from "./webhook";

/** Webhook delivery against a real HTTP receiver on loopback: what reaches it, and what must not. */
const notification: Notification = {
  event: "FIRING",
  rule: { id: "rule_1", name: "Too many failures", metric: "VERIFICATIONS", window: "LAST_HOUR", threshold: 100 },
  scenario: null,
  organization: { name: "Acme" },
  value: 120,
  occurredAt: new Date("2026-11-29T12:00:00Z"),
  consoleUrl: "http://console.invalid/alerts",
};
const SECRET = "whsec_test";
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());
afterEach(() => {
  delete process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE;
  receiver.received.length = 0;
  receiver.answer(200);
});

describe("webhook destinations (SSRF)", () => {
  it("refuses an internal address written in the URL, and sends nothing", async () => {
    const answer = await postWebhook({ url: receiver.url, format: "GENERIC", secret: SECRET }, notification, "d1");
    expect(answer).toMatchObject({ ok: false, status: null });
    expect(answer.error).toMatch(/127\.0\.0\.1 is an internal address/);
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a name that resolves to an internal address, checked on the address the connection uses (no DNS rebinding)", async () => {
    const url = receiver.url.replace("127.0.0.1", "localhost");
    const answer = await postWebhook({ url, format: "GENERIC", secret: SECRET }, notification, "d2");
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/localhost is an internal address/);
    expect(receiver.received).toHaveLength(0);
    // The same check is the connection's own lookup: whatever an earlier lookup said, this one decides.
    const looked = await new Promise<Error | null>((resolve) => publicOnlyLookup("localhost", {}, (error) => resolve(error)));
    expect(looked?.message).toMatch(/internal address/);
  });

  it("refuses other protocols", async () => {
    const answer = await postWebhook({ url: "ftp://example.com/hook", format: "GENERIC", secret: SECRET }, notification, "d3");
    expect(answer.error).toMatch(/ftp: is not a webhook protocol/);
  });
});

describe("webhook delivery", () => {
  it("delivers the signed notification where internal receivers are allowed, by address and by name", async () => {
    process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE = "true";
    for (const url of [receiver.url, receiver.url.replace("127.0.0.1", "localhost")]) {
      const answer = await postWebhook({ url, format: "GENERIC", secret: SECRET }, notification, "d4");
      expect(answer).toEqual({ ok: true, status: 200, error: null });
    }
    expect(receiver.received).toHaveLength(2);
    const [first] = receiver.received;
    expect(first.json).toMatchObject({ event: "alert.firing", organization: "Acme", value: 120 });
    expect(first.headers[SIGNATURE_HEADER]).toBe(signWebhook(SECRET, String(first.headers[TIMESTAMP_HEADER]), first.body));
  });

  it("reports a receiver's refusal with its status, and does not follow a redirect", async () => {
    process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE = "true";
    receiver.answer(503);
    expect(await postWebhook({ url: receiver.url, format: "GENERIC", secret: SECRET }, notification, "d5")).toMatchObject({
      ok: false,
      status: 503,
      error: expect.stringMatching(/^HTTP 503/),
    });
    receiver.answer(302);
    expect(await postWebhook({ url: receiver.url, format: "GENERIC", secret: SECRET }, notification, "d6")).toMatchObject({
      ok: false,
      status: 302,
    });
    expect(receiver.received).toHaveLength(2);
  });

  it("reports a receiver that is not there", async () => {
    process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE = "true";
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const answer = await postWebhook({ url: `http://127.0.0.1:${port}/`, format: "GENERIC", secret: SECRET }, notification, "d7");
    expect(answer).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });
});
