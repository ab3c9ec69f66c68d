import type { Locale } from "@/i18n/locales";
import { open } from "../crypto/secret-box";
import type { Db } from "../db";
import { publicBaseUrl } from "../http/public-url";
import { recipientLocale } from "../mail/compose";
import { emailConfigured, sendEmail } from "../mail/mailer";
import type { Notification } from "./message";
import { notificationText, notificationTitle } from "./message";
import { DELIVERY_MAX_ATTEMPTS, retryDelayMs } from "./rules";
import { postWebhook, type WebhookAnswer } from "./webhook";

/** How long a claimed delivery stays with the instance sending it (well over a webhook's timeout). */
const CLAIM_MS = 2 * 60_000;
/** Deliveries sent at once. */
const BATCH = 20;
/** Batches per run at most; what is left waits for the next minute. */
const MAX_BATCHES = 10;

/**
 * Claims deliveries for this instance: one UPDATE that takes due, unclaimed rows (SKIP LOCKED, so
 * instances racing on PostgreSQL take different rows and never wait for each other) and re-checks
 * the conditions on the row it updates, so a row is sent by exactly one instance. `ids` narrows
 * the claim to given deliveries (a test notification, sent at once).
 */
async function claim(db: Db, now: Date, ids?: string[]): Promise<string[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + CLAIM_MS).toISOString();
  const only = ids ?? null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "AlertDelivery" SET "lockedUntil" = ${until}::timestamp(3), "attempts" = "attempts" + 1, "lastAttemptAt" = ${at}::timestamp(3)
    WHERE "id" IN (
      SELECT "id" FROM "AlertDelivery"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}::timestamp(3)
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${at}::timestamp(3))
        AND (${only}::text[] IS NULL OR "id" = ANY(${only}::text[]))
      ORDER BY "nextAttemptAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    AND "status" = 'PENDING' AND ("lockedUntil" IS NULL OR "lockedUntil" < ${at}::timestamp(3))
    RETURNING "id"`;
  return rows.map((row) => row.id);
}

const ruleFields = {
  id: true,
  name: true,
  organizationId: true,
  metric: true,
  window: true,
  threshold: true,
  channel: true,
  recipientUserIds: true,
  webhookUrl: true,
  webhookFormat: true,
  webhookSecretCiphertext: true,
  scenario: { select: { name: true, sceneId: true } },
  organization: { select: { name: true } },
} as const;

/** Sends by the rule's channel; never throws. */
async function send(db: Db, deliveryId: string): Promise<WebhookAnswer> {
  const delivery = await db.alertDelivery.findUnique({ where: { id: deliveryId }, include: { rule: { select: ruleFields } } });
  if (!delivery) return { ok: false, status: null, error: "The rule was deleted." };
  const { rule } = delivery;
  const notification: Notification = {
    event: delivery.event,
    rule,
    scenario: rule.scenario,
    organization: rule.organization,
    value: delivery.value,
    occurredAt: delivery.occurredAt,
    consoleUrl: `${publicBaseUrl()}/alerts`,
  };
  try {
    if (rule.channel === "WEBHOOK") {
      if (!rule.webhookUrl || !rule.webhookSecretCiphertext) return { ok: false, status: null, error: "The rule has no webhook URL." };
      return await postWebhook(
        { url: rule.webhookUrl, format: rule.webhookFormat ?? "GENERIC", secret: open(rule.webhookSecretCiphertext) },
        notification,
        delivery.id,
      );
    }
    if (!emailConfigured()) return { ok: false, status: null, error: "Email is not configured on this server (SMTP_HOST)." };
    // Only people who are members now: someone removed since the rule was saved gets nothing.
    const members = await db.membership.findMany({
      where: { organizationId: rule.organizationId, userId: { in: rule.recipientUserIds } },
      select: { user: { select: { email: true, language: true } } },
    });
    if (members.length === 0) return { ok: false, status: null, error: "None of the chosen members is in the organization any more." };
    // Each member reads it in their own console language: one email per language.
    const byLocale = new Map<Locale, string[]>();
    for (const { user } of members) {
      const locale = recipientLocale(user.language, undefined);
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), user.email]);
    }
    // A retry sends only the groups a failure stopped: the others have their email already.
    for (const [locale, emails] of byLocale) {
      if (delivery.sentLocales.includes(locale)) continue;
      await sendEmail({
        to: emails.join(", "),
        subject: notificationTitle(notification, locale),
        text: notificationText(notification, locale),
      });
      await db.alertDelivery.update({ where: { id: delivery.id }, data: { sentLocales: { push: locale } } });
    }
    return { ok: true, status: null, error: null };
  } catch (error) {
    return { ok: false, status: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
  }
}

export interface DeliveryOutcome {
  id: string;
  status: "PENDING" | "SENT" | "FAILED";
  responseStatus: number | null;
  error: string | null;
}

/** Sends one claimed delivery and records the receiver's answer; a failure is retried later, up to DELIVERY_MAX_ATTEMPTS. */
async function attempt(db: Db, id: string, now: Date): Promise<DeliveryOutcome> {
  const answer = await send(db, id);
  const row = await db.alertDelivery.findUnique({ where: { id }, select: { attempts: true, event: true } });
  const attempts = row?.attempts ?? 1;
  // A test notification answers the person waiting for it: tried once, never again.
  const last = row?.event === "TEST" || attempts >= DELIVERY_MAX_ATTEMPTS;
  const status = answer.ok ? "SENT" : last ? "FAILED" : "PENDING";
  await db.alertDelivery.updateMany({
    where: { id },
    data: {
      status,
      responseStatus: answer.status,
      error: answer.error,
      lockedUntil: null,
      ...(status === "PENDING" && { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
    },
  });
  return { id, status, responseStatus: answer.status, error: answer.error };
}

/**
 * Sends what is due (new notifications and retries), each on its own: a slow or failing receiver
 * delays nobody else's notification, and a failure is only recorded on its own row.
 */
export async function deliverDue(db: Db, now: Date, ids?: string[]): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  // Batch after batch while full ones come back: a burst is sent in this run, BATCH at a time.
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claimed = await claim(db, now, ids);
    const settled = await Promise.allSettled(claimed.map((id) => attempt(db, id, now)));
    for (const result of settled) if (result.status === "fulfilled") outcomes.push(result.value);
    if (claimed.length < BATCH) break;
  }
  return outcomes;
}
