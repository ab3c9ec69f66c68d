import { createHmac, randomBytes } from "node:crypto";
import { type LookupAddress, lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { type Notification, notificationText, notificationTitle } from "./message";
import { ALERT_WINDOWS, type WebhookFormat } from "./rules";

/** A webhook's signing secret, shown to the customer once (stored sealed). */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

export const SIGNATURE_HEADER = "x-captcha-signature";
export const TIMESTAMP_HEADER = "x-captcha-timestamp";

/**
 * "sha256=" + hex HMAC-SHA256 of "<timestamp>.<body>" with the rule's secret. The timestamp is
 * signed too, so a receiver that refuses old timestamps also refuses a replayed request.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The request body in the receiver's format: our own JSON, or a chat robot's text message. */
export function webhookBody(format: WebhookFormat, n: Notification): unknown {
  const text = notificationText(n);
  switch (format) {
    case "DINGTALK":
      return { msgtype: "text", text: { content: text } };
    case "WECOM":
      return { msgtype: "text", text: { content: text } };
    case "FEISHU":
      return { msg_type: "text", content: { text } };
    case "GENERIC":
      return {
        event: n.event === "FIRING" ? "alert.firing" : n.event === "RESOLVED" ? "alert.resolved" : "alert.test",
        title: notificationTitle(n),
        text,
        rule: {
          id: n.rule.id,
          name: n.rule.name,
          metric: n.rule.metric,
          window: n.rule.window,
          windowMinutes: ALERT_WINDOWS[n.rule.window].minutes,
          threshold: n.rule.threshold,
        },
        scenario: n.scenario,
        organization: n.organization.name,
        value: n.value,
        occurredAt: n.occurredAt.toISOString(),
        consoleUrl: n.consoleUrl,
      };
  }
}

// Addresses a customer's webhook must not reach from inside the server's network (SSRF): loopback,
// private, link-local (cloud metadata), carrier-grade NAT, unspecified, and their IPv6 forms.
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv6");

const isInternal = (address: string) => {
  const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return INTERNAL.check(mapped[1], "ipv4");
  return INTERNAL.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
};

const allowPrivate = () => process.env.ALERT_WEBHOOKS_ALLOW_PRIVATE === "true";
const refusal = (host: string) =>
  new Error(`${host} is an internal address; webhooks go to public addresses only (ALERT_WEBHOOKS_ALLOW_PRIVATE)`);

/**
 * The DNS lookup of a webhook's connection, refusing internal addresses unless
 * ALERT_WEBHOOKS_ALLOW_PRIVATE=true (a receiver on the same network as the server, and the tests'
 * receivers on loopback). It checks the very addresses the socket connects to: a check made
 * before the request and a second lookup for the connection could get different answers (a name
 * that resolves to a public address once, then to 127.0.0.1: DNS rebinding).
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, found) => {
    if (error) return callback(error, "", 0);
    const addresses = found as unknown as LookupAddress[];
    if (!allowPrivate() && addresses.some((entry) => isInternal(entry.address))) return callback(refusal(hostname), "", 0);
    if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
    if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), "", 0);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** One POST without redirects (a redirect would lead past the address check), its status and up to 2,000 characters of its answer. */
function post(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // An address written in the URL is connected to without a lookup: checked here.
  if (isIP(host) && !allowPrivate() && isInternal(host)) return Promise.reject(refusal(url.hostname));
  const send = url.protocol === "https:" ? https.request : url.protocol === "http:" ? http.request : null;
  if (!send) return Promise.reject(new Error(`${url.protocol} is not a webhook protocol: use https:// or http://`));
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        lookup: publicOnlyLookup,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        // A connection for each delivery: deliveries are minutes apart, and a kept socket would skip the lookup.
        agent: false,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < 2000) text += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: text.slice(0, 2000) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

export interface WebhookAnswer {
  ok: boolean;
  status: number | null;
  error: string | null;
}

const TIMEOUT_MS = 10_000;

/**
 * DingTalk, WeCom and Feishu answer 200 also when they refuse a message (a wrong keyword, a
 * disabled robot): their JSON says so, in `errcode` (DingTalk, WeCom) or `code` (Feishu).
 */
function robotRefusal(format: WebhookFormat, text: string): string | null {
  if (format === "GENERIC") return null;
  try {
    const answer = JSON.parse(text) as { errcode?: number; errmsg?: string; code?: number; msg?: string };
    if (format === "FEISHU" && typeof answer.code === "number" && answer.code !== 0)
      return `Feishu refused: ${answer.code} ${answer.msg ?? ""}`.trim();
    if (format !== "FEISHU" && typeof answer.errcode === "number" && answer.errcode !== 0)
      return `Refused: ${answer.errcode} ${answer.errmsg ?? ""}`.trim();
  } catch {
    // Not JSON: the status decides.
  }
  return null;
}

/** POSTs one notification, signed; never throws. */
export async function postWebhook(
  target: { url: string; format: WebhookFormat; secret: string },
  n: Notification,
  deliveryId: string,
): Promise<WebhookAnswer> {
  try {
    const url = new URL(target.url);
    const body = JSON.stringify(webhookBody(target.format, n));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await post(
      url,
      {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "CaptchaConsole-Alerts/1",
        "x-captcha-event": n.event.toLowerCase(),
        "x-captcha-delivery": deliveryId,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(target.secret, timestamp, body),
      },
      body,
    );
    const text = response.text;
    if (response.status < 200 || response.status > 299) {
      return { ok: false, status: response.status, error: `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}` };
    }
    const refusal = robotRefusal(target.format, text);
    return refusal
      ? { ok: false, status: response.status, error: refusal.slice(0, 300) }
      : { ok: true, status: response.status, error: null };
  } catch (error) {
    return { ok: false, status: null, error: reasonOf(error).slice(0, 300) };
  }
}

/** What went wrong, in a line: the timeout by name, or the error (ECONNREFUSED, a certificate, a DNS name) and its cause. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError" || (error.name === "AbortError" && /timeout/i.test(String((error as { cause?: unknown }).cause))))
    return `No answer within ${TIMEOUT_MS / 1000} s`;
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}
