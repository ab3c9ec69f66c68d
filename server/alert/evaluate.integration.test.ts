import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCall } from "../runtime/usage";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember } from "../test/factories";
import { type Mailbox, startMailbox } from "../test/mailbox";
import { startWebhookReceiver, type WebhookReceiver } from "../test/webhook-receiver";
import { evaluateAlerts } from "./evaluate";
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "./webhook";

/**
 * Evaluation end to end: counts recorded by the runtime, a rule crossing its threshold, and the
 * notification arriving at a real receiver (an HTTP server on loopback, an SMTP server).
 */
let test: TestDatabase;
let mailbox: Mailbox;
const receivers: WebhookReceiver[] = [];
beforeAll(async () => {
  test = await createTestDatabase();
  mailbox = await startMailbox();
  // Before the mailer's first use: it keeps its transport.
  Object.assign(process.env, mailbox.env, { ALERT_WEBHOOKS_ALLOW_PRIVATE: "true" });
});
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await mailbox.close();
  await test.close();
});

async function receiver(statuses?: number[]) {
  const started = await startWebhookReceiver(statuses);
  receivers.push(started);
  return started;
}

async function setup() {
  const { organization, user } = await createOrgWithMember(test.db);
  const caller = callerFor(test.db, user);
  const scenario = await caller.scenario.create({
    organizationId: organization.id,
    name: "login",
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
  });
  const { id: scenarioId } = await test.db.scenario.findUniqueOrThrow({ where: { sceneId: scenario.sceneId } });
  const verify = (code: string, at: Date, times = 1) => {
    for (let i = 0; i < times; i++) countCall(test.sql, { scenarioId, organizationId: organization.id, kind: "verify", code }, at);
  };
  return { organizationId: organization.id, user, caller, sceneId: scenario.sceneId, verify };
}

const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);
// Far from other test files' "now", so their counts never meet this file's windows.
const T0 = new Date("2031-03-01T08:00:30Z");

describe("alert evaluation", () => {
  it("fires once when the condition starts to hold, and once when it clears, signed", async () => {
    const { organizationId, caller, sceneId, verify } = await setup();
    const hook = await receiver();
    const rule = await caller.alert.create({
      organizationId,
      name: "Interceptions",
      sceneId,
      metric: "INTERCEPTED",
      window: "LAST_HOUR",
      threshold: 3,
      channel: "WEBHOOK",
      webhookUrl: hook.url,
    });
    const secret = rule.webhookSecret as string;

    verify("F001", T0, 2);
    verify("T001", T0, 5);
    await evaluateAlerts(test.db, T0);
    expect(hook.received).toHaveLength(0);

    verify("F002", minutes(T0, 10));
    const fired = await evaluateAlerts(test.db, minutes(T0, 10));
    expect(fired.fired).toEqual([rule.id]);
    expect(hook.received).toHaveLength(1);

    // Still over the threshold: nothing more.
    verify("F002", minutes(T0, 20), 4);
    await evaluateAlerts(test.db, minutes(T0, 20));
    await evaluateAlerts(test.db, minutes(T0, 30));
    expect(hook.received).toHaveLength(1);

    // An hour after the last interceptions, the window holds none: resolved, once.
    await evaluateAlerts(test.db, minutes(T0, 80));
    await evaluateAlerts(test.db, minutes(T0, 81));
    expect(hook.received).toHaveLength(2);

    const [firing, resolved] = hook.received;
    expect(firing.json).toMatchObject({
      event: "alert.firing",
      value: 3,
      rule: { id: rule.id, metric: "INTERCEPTED", window: "LAST_HOUR", threshold: 3 },
      scenario: { sceneId, name: "login" },
    });
    expect(resolved.json).toMatchObject({ event: "alert.resolved", value: 0 });
    for (const request of hook.received) {
      const timestamp = request.headers[TIMESTAMP_HEADER] as string;
      expect(request.headers[SIGNATURE_HEADER]).toBe(signWebhook(secret, timestamp, request.body));
    }

    const [listed] = await caller.alert.list({ organizationId });
    expect(listed.deliveries.map((delivery) => [delivery.event, delivery.status, delivery.responseStatus])).toEqual([
      ["RESOLVED", "SENT", 200],
      ["FIRING", "SENT", 200],
    ]);
    expect(listed.state).toBe("OK");
  });

  it("retries a failing receiver with backoff, without holding up other notifications", async () => {
    const { organizationId, caller, verify } = await setup();
    const failing = await receiver([500, 503, 200]);
    const healthy = await receiver();
    const common = { organizationId, metric: "VERIFICATIONS", window: "LAST_24_HOURS", threshold: 2, channel: "WEBHOOK" } as const;
    await caller.alert.create({ ...common, name: "Failing", webhookUrl: failing.url, webhookFormat: "FEISHU" });
    await caller.alert.create({ ...common, name: "Healthy", webhookUrl: healthy.url, webhookFormat: "WECOM" });
    const start = minutes(T0, 24 * 60);
    verify("T001", start, 2);

    await evaluateAlerts(test.db, start);
    expect(healthy.received).toHaveLength(1);
    expect(healthy.received[0].json).toMatchObject({ msgtype: "text", text: { content: expect.stringContaining("[Alert] Healthy") } });
    expect(failing.received).toHaveLength(1);
    expect(failing.received[0].json).toMatchObject({ msg_type: "text", content: { text: expect.stringContaining("[Alert] Failing") } });

    // Not due yet 30 s later; due after a minute, then after two more.
    await evaluateAlerts(test.db, new Date(start.getTime() + 30_000));
    expect(failing.received).toHaveLength(1);
    await evaluateAlerts(test.db, minutes(start, 1));
    expect(failing.received).toHaveLength(2);
    await evaluateAlerts(test.db, minutes(start, 2));
    expect(failing.received).toHaveLength(2);
    await evaluateAlerts(test.db, minutes(start, 3));
    expect(failing.received).toHaveLength(3);
    await evaluateAlerts(test.db, minutes(start, 20));
    expect(failing.received).toHaveLength(3);
    expect(healthy.received).toHaveLength(1);

    const rules = await caller.alert.list({ organizationId });
    const failingRule = rules.find((rule) => rule.name === "Failing");
    expect(failingRule?.deliveries).toHaveLength(1);
    expect(failingRule?.deliveries[0]).toMatchObject({ status: "SENT", attempts: 3, responseStatus: 200, error: null });
  });

  it("emails the chosen members, and sends a test notification on request", async () => {
    const { organizationId, user, caller, verify } = await setup();
    const rule = await caller.alert.create({
      organizationId,
      name: "Rate",
      metric: "INTERCEPTION_RATE",
      window: "LAST_HOUR",
      threshold: 50,
      channel: "EMAIL",
      recipientUserIds: [user.id],
    });
    const at = minutes(T0, 48 * 60);
    verify("F001", at, 3);
    verify("T001", at, 1);
    await evaluateAlerts(test.db, at);
    const mail = await mailbox.waitFor(user.email, (message) => message.subject.startsWith("[Alert] Rate"));
    expect(mail.subject).toBe("[Alert] Rate: Interception Rate 75%");
    expect(mail.text).toContain("Condition: Interception Rate ≥ 50% over the last hour");

    const test1 = await caller.alert.sendTest({ organizationId, ruleId: rule.id });
    expect(test1).toMatchObject({ status: "SENT", error: null });
    await mailbox.waitFor(user.email, (message) => message.subject.startsWith("[Test notification] Rate"));
  });

  it("a test notification to a receiver that fails says why, and is not retried", async () => {
    const { organizationId, caller } = await setup();
    const hook = await receiver([502]);
    const rule = await caller.alert.create({
      organizationId,
      name: "Down",
      metric: "INITIALIZATIONS",
      window: "LAST_HOUR",
      threshold: 10,
      channel: "WEBHOOK",
      webhookUrl: hook.url,
    });
    const outcome = await caller.alert.sendTest({ organizationId, ruleId: rule.id });
    expect(outcome).toMatchObject({ status: "FAILED", responseStatus: 502, error: expect.stringMatching(/^HTTP 502/) });
    expect(hook.received[0].json).toMatchObject({ event: "alert.test" });
    await evaluateAlerts(test.db, minutes(new Date(), 5));
    expect(hook.received).toHaveLength(1);
  });
});
