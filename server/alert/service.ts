import { recordAudit, type Actor } from "../audit/service";
import { seal } from "../crypto/secret-box";
import type { Db } from "../db";
import { DomainError, isUniqueViolation } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { deliverDue, type DeliveryOutcome } from "./deliver";
import { measure } from "./metrics";
import { ALERT_MESSAGES, type AlertRuleFields, DELIVERIES_SHOWN, MAX_ALERT_RULES } from "./rules";
import { newWebhookSecret } from "./webhook";

/** What the console may show of a rule: never the webhook secret. */
const ruleFields = {
  id: true,
  name: true,
  metric: true,
  window: true,
  threshold: true,
  enabled: true,
  channel: true,
  recipientUserIds: true,
  webhookUrl: true,
  webhookFormat: true,
  state: true,
  stateChangedAt: true,
  lastValue: true,
  lastEvaluatedAt: true,
  createdAt: true,
  updatedAt: true,
  scenario: { select: { sceneId: true, name: true } },
} satisfies Prisma.AlertRuleSelect;

const deliveryFields = {
  id: true,
  event: true,
  value: true,
  occurredAt: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  responseStatus: true,
  error: true,
} satisfies Prisma.AlertDeliverySelect;

/** The organization's rules, oldest first, each with its last notifications. */
export function listAlertRules(db: Db, organizationId: string) {
  return db.alertRule.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...ruleFields,
      deliveries: { select: deliveryFields, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: DELIVERIES_SHOWN },
    },
  });
}

/** The rule as the audit log keeps it (no secret, the scenario by its Scenario ID). */
function snapshot(fields: AlertRuleFields) {
  return {
    name: fields.name,
    sceneId: fields.sceneId,
    metric: fields.metric,
    window: fields.window,
    threshold: fields.threshold,
    enabled: fields.enabled,
    channel: fields.channel,
    ...(fields.channel === "EMAIL"
      ? { recipientUserIds: fields.recipientUserIds }
      : { webhookUrl: fields.webhookUrl, webhookFormat: fields.webhookFormat }),
  };
}

/** Checks the name is free and what the rule points at, inside the organization; returns the scenario's row id. */
async function resolveReferences(tx: Prisma.TransactionClient, organizationId: string, fields: AlertRuleFields, ruleId?: string) {
  // Checked first for a clear message; the unique index still decides a race (nameTaken below).
  const sameName = await tx.alertRule.findFirst({
    where: { organizationId, name: fields.name, ...(ruleId && { id: { not: ruleId } }) },
    select: { id: true },
  });
  if (sameName) throw new DomainError("CONFLICT", ALERT_MESSAGES.nameTaken, "name");
  let scenarioId: string | null = null;
  if (fields.sceneId) {
    const scenario = await tx.scenario.findFirst({ where: { sceneId: fields.sceneId, organizationId }, select: { id: true } });
    if (!scenario) throw new DomainError("NOT_FOUND", ALERT_MESSAGES.scenarioNotFound, "sceneId");
    scenarioId = scenario.id;
  }
  if (fields.channel === "EMAIL") {
    const wanted = [...new Set(fields.recipientUserIds)];
    const members = await tx.membership.count({ where: { organizationId, userId: { in: wanted } } });
    if (members !== wanted.length) throw new DomainError("BAD_REQUEST", ALERT_MESSAGES.recipientNotMember, "recipientUserIds");
  }
  return scenarioId;
}

/** The stored columns of a rule's settings; the channel not chosen is cleared. */
function columns(fields: AlertRuleFields, scenarioId: string | null) {
  const email = fields.channel === "EMAIL";
  return {
    name: fields.name,
    scenarioId,
    metric: fields.metric,
    window: fields.window,
    threshold: fields.threshold,
    enabled: fields.enabled,
    channel: fields.channel,
    recipientUserIds: email ? [...new Set(fields.recipientUserIds)] : [],
    webhookUrl: email ? null : fields.webhookUrl,
    webhookFormat: email ? null : fields.webhookFormat,
  };
}

const nameTaken = (error: unknown) => (isUniqueViolation(error) ? new DomainError("CONFLICT", ALERT_MESSAGES.nameTaken, "name") : error);

/** Creates a rule. A webhook's signing secret is returned this once. */
export async function createAlertRule(db: Db, actor: Actor, organizationId: string, fields: AlertRuleFields) {
  const webhookSecret = fields.channel === "WEBHOOK" ? newWebhookSecret() : null;
  try {
    const rule = await db.$transaction(async (tx) => {
      // Serializes creations in this organization, so two at once cannot both pass the limit.
      await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
      if ((await tx.alertRule.count({ where: { organizationId } })) >= MAX_ALERT_RULES) {
        throw new DomainError("PRECONDITION_FAILED", ALERT_MESSAGES.limit);
      }
      const scenarioId = await resolveReferences(tx, organizationId, fields);
      const created = await tx.alertRule.create({
        data: { organizationId, ...columns(fields, scenarioId), webhookSecretCiphertext: webhookSecret ? seal(webhookSecret) : null },
        select: ruleFields,
      });
      await recordAudit(tx, {
        organizationId,
        actor,
        action: "alert.create",
        target: { type: "alert", id: created.id, label: created.name },
        after: snapshot(fields),
      });
      return created;
    });
    return { ...rule, webhookSecret };
  } catch (error) {
    throw nameTaken(error);
  }
}

async function findRule(tx: Prisma.TransactionClient, organizationId: string, ruleId: string) {
  const rule = await tx.alertRule.findFirst({
    where: { id: ruleId, organizationId },
    select: { ...ruleFields, webhookSecretCiphertext: true },
  });
  if (!rule) throw new DomainError("NOT_FOUND", ALERT_MESSAGES.notFound);
  return rule;
}

type StoredRule = Awaited<ReturnType<typeof findRule>>;
const fieldsOf = (rule: StoredRule): AlertRuleFields => ({
  name: rule.name,
  sceneId: rule.scenario?.sceneId ?? null,
  metric: rule.metric,
  window: rule.window,
  threshold: rule.threshold,
  enabled: rule.enabled,
  channel: rule.channel,
  recipientUserIds: rule.recipientUserIds,
  webhookUrl: rule.webhookUrl ?? "",
  webhookFormat: rule.webhookFormat ?? "GENERIC",
});

/** A changed condition (or a switched-off rule) starts over: the next evaluation decides afresh. */
const conditionChanged = (before: AlertRuleFields, after: AlertRuleFields) =>
  before.sceneId !== after.sceneId ||
  before.metric !== after.metric ||
  before.window !== after.window ||
  before.threshold !== after.threshold ||
  !after.enabled;

/** Changes a rule. Switching it to a webhook creates its signing secret, returned this once. */
export async function updateAlertRule(db: Db, actor: Actor, organizationId: string, ruleId: string, fields: AlertRuleFields) {
  try {
    return await db.$transaction(async (tx) => {
      const stored = await findRule(tx, organizationId, ruleId);
      const before = fieldsOf(stored);
      const scenarioId = await resolveReferences(tx, organizationId, fields, ruleId);
      const webhookSecret = fields.channel === "WEBHOOK" && !stored.webhookSecretCiphertext ? newWebhookSecret() : null;
      await tx.alertRule.updateMany({
        where: { id: ruleId, organizationId },
        data: {
          ...columns(fields, scenarioId),
          ...(webhookSecret && { webhookSecretCiphertext: seal(webhookSecret) }),
          ...(fields.channel === "EMAIL" && { webhookSecretCiphertext: null }),
          ...(conditionChanged(before, fields) && { state: "OK", stateChangedAt: null, lastValue: null, lastEvaluatedAt: null }),
        },
      });
      await recordAudit(tx, {
        organizationId,
        actor,
        action: "alert.update",
        target: { type: "alert", id: ruleId, label: fields.name },
        before: snapshot(before),
        after: snapshot(fields),
      });
      const { webhookSecretCiphertext: _, ...rule } = await findRule(tx, organizationId, ruleId);
      return { ...rule, webhookSecret };
    });
  } catch (error) {
    throw nameTaken(error);
  }
}

export async function setAlertRuleEnabled(db: Db, actor: Actor, organizationId: string, ruleId: string, enabled: boolean) {
  return db.$transaction(async (tx) => {
    const stored = await findRule(tx, organizationId, ruleId);
    await tx.alertRule.updateMany({
      where: { id: ruleId, organizationId },
      // Switched off, a firing rule forgets it: switched on again, it notifies anew.
      data: { enabled, ...(!enabled && { state: "OK", stateChangedAt: null }) },
    });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: enabled ? "alert.enable" : "alert.disable",
      target: { type: "alert", id: ruleId, label: stored.name },
      before: { enabled: stored.enabled },
      after: { enabled },
    });
    return { id: ruleId, enabled };
  });
}

export async function deleteAlertRule(db: Db, actor: Actor, organizationId: string, ruleId: string) {
  return db.$transaction(async (tx) => {
    const stored = await findRule(tx, organizationId, ruleId);
    await tx.alertRule.deleteMany({ where: { id: ruleId, organizationId } });
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "alert.delete",
      target: { type: "alert", id: ruleId, label: stored.name },
      before: snapshot(fieldsOf(stored)),
    });
    return { id: ruleId };
  });
}

/**
 * Sends a test notification through the rule's channel now, with the metric's current value, and
 * answers with what the receiver said. Recorded with the rule's notifications; not retried.
 */
export async function sendTestNotification(db: Db, organizationId: string, ruleId: string, now = new Date()): Promise<DeliveryOutcome> {
  const rule = await db.alertRule.findFirst({
    where: { id: ruleId, organizationId },
    select: { id: true, organizationId: true, scenarioId: true, metric: true, window: true },
  });
  if (!rule) throw new DomainError("NOT_FOUND", ALERT_MESSAGES.notFound);
  const value = await measure(db, rule, now);
  const delivery = await db.alertDelivery.create({
    data: { ruleId, organizationId, event: "TEST", value, occurredAt: now, nextAttemptAt: now },
    select: { id: true },
  });
  const [outcome] = await deliverDue(db, now, [delivery.id]);
  return outcome ?? { id: delivery.id, status: "PENDING", responseStatus: null, error: null };
}
