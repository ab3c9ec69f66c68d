import { z } from "zod";
import { sceneIdSchema } from "../scenario/rules";

/**
 * Alert rules as plain data (Captcha 2.0's alert notifications): the metrics, windows, channels
 * and webhook formats a rule may use, the limits, and the input schemas. The page and the API both
 * read this module, so the form never offers what the server would refuse. Browser-safe.
 */

/** At most this many rules per organization, as Captcha 2.0 allows. */
export const MAX_ALERT_RULES = 15;
export const THRESHOLD_MIN = 1;
export const THRESHOLD_MAX = 99_999;
/** A percentage cannot pass 100: a higher threshold would never notify. */
export const RATE_THRESHOLD_MAX = 100;
export const ALERT_NAME_MAX_LENGTH = 64;
/** The notifications a rule page lists. */
export const DELIVERIES_SHOWN = 20;

export const ALERT_METRICS = {
  INITIALIZATIONS: { label: "Initialization Requests", unit: "count" },
  VERIFICATIONS: { label: "Verification Requests", unit: "count" },
  INTERCEPTED: { label: "Intercepted CAPTCHAs", unit: "count" },
  INTERCEPTION_RATE: { label: "Interception Rate", unit: "percent" },
} as const;
export type AlertMetric = keyof typeof ALERT_METRICS;
export const ALERT_METRIC_VALUES = Object.keys(ALERT_METRICS) as [AlertMetric, ...AlertMetric[]];

export const ALERT_WINDOWS = {
  LAST_HOUR: { label: "Last hour", minutes: 60 },
  LAST_24_HOURS: { label: "Last 24 hours", minutes: 1440 },
} as const;
export type AlertWindow = keyof typeof ALERT_WINDOWS;
export const ALERT_WINDOW_VALUES = Object.keys(ALERT_WINDOWS) as [AlertWindow, ...AlertWindow[]];

export const ALERT_CHANNELS = { EMAIL: { label: "Email" }, WEBHOOK: { label: "Webhook" } } as const;
export type AlertChannel = keyof typeof ALERT_CHANNELS;
export const ALERT_CHANNEL_VALUES = Object.keys(ALERT_CHANNELS) as [AlertChannel, ...AlertChannel[]];

export const WEBHOOK_FORMATS = {
  GENERIC: { label: "Generic JSON" },
  DINGTALK: { label: "DingTalk robot" },
  WECOM: { label: "WeCom robot" },
  FEISHU: { label: "Feishu robot" },
} as const;
export type WebhookFormat = keyof typeof WEBHOOK_FORMATS;
export const WEBHOOK_FORMAT_VALUES = Object.keys(WEBHOOK_FORMATS) as [WebhookFormat, ...WebhookFormat[]];

export const ALERT_EVENTS = { FIRING: "Alert", RESOLVED: "Resolved", TEST: "Test" } as const;
export type AlertEvent = keyof typeof ALERT_EVENTS;

/** The condition: the metric reached the threshold. */
export const conditionHolds = (value: number, threshold: number) => value >= threshold;

/** A metric's value as people read it: counts whole, rates with at most one decimal and "%". */
export function formatMetricValue(metric: AlertMetric, value: number): string {
  if (ALERT_METRICS[metric].unit === "percent") return `${Math.round(value * 10) / 10}%`;
  return String(Math.round(value));
}

/** "Interception Rate ≥ 30% over the last hour". */
export function describeCondition(rule: { metric: AlertMetric; window: AlertWindow; threshold: number }) {
  return `${ALERT_METRICS[rule.metric].label} ≥ ${formatMetricValue(rule.metric, rule.threshold)} over the ${ALERT_WINDOWS[rule.window].label.toLowerCase()}`;
}

/** Retries of a failed delivery: after 1, 2, 4, 8, 16 minutes; then it is given up. */
export const DELIVERY_MAX_ATTEMPTS = 6;
export const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

export const ALERT_MESSAGES = {
  nameRequired: "Enter a name.",
  nameTooLong: `A name has at most ${ALERT_NAME_MAX_LENGTH} characters.`,
  nameTaken: "Another alert rule already has this name.",
  threshold: `Enter a whole number from ${THRESHOLD_MIN} to ${THRESHOLD_MAX.toLocaleString("en-US")}.`,
  rateThreshold: `A rate is a percentage: enter a whole number from ${THRESHOLD_MIN} to ${RATE_THRESHOLD_MAX}.`,
  recipientsRequired: "Choose at least one member to email.",
  recipientNotMember: "Choose members of this organization.",
  webhookUrl: "Enter an http:// or https:// URL, without a user name or password.",
  webhookUrlRequired: "Enter the URL to send notifications to.",
  limit: `An organization can have at most ${MAX_ALERT_RULES} alert rules. Delete one to add another.`,
  notFound: "This alert rule does not exist in your organization.",
  scenarioNotFound: "This scenario does not exist in your organization.",
} as const;

const nameSchema = z
  .string({ error: ALERT_MESSAGES.nameRequired })
  .trim()
  .min(1, ALERT_MESSAGES.nameRequired)
  .refine((name) => [...name].length <= ALERT_NAME_MAX_LENGTH, ALERT_MESSAGES.nameTooLong);

export function isWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && value.length <= 2048;
  } catch {
    return false;
  }
}

/** What a rule is made of, as the form sends it. */
const ruleShape = {
  name: nameSchema,
  /** A Scenario ID, or null for every scenario of the organization. */
  sceneId: sceneIdSchema.nullable().default(null),
  metric: z.enum(ALERT_METRIC_VALUES, { error: "Choose a metric." }),
  window: z.enum(ALERT_WINDOW_VALUES, { error: "Choose a time window." }),
  threshold: z
    .number({ error: ALERT_MESSAGES.threshold })
    .int(ALERT_MESSAGES.threshold)
    .min(THRESHOLD_MIN, ALERT_MESSAGES.threshold)
    .max(THRESHOLD_MAX, ALERT_MESSAGES.threshold),
  enabled: z.boolean().default(true),
  channel: z.enum(ALERT_CHANNEL_VALUES, { error: "Choose how to notify." }),
  /** EMAIL: the user ids of the members to email. */
  recipientUserIds: z.array(z.string().min(1).max(64)).max(200).default([]),
  /** WEBHOOK: where to and in which body format. */
  webhookUrl: z.string().trim().max(2048).default(""),
  webhookFormat: z.enum(WEBHOOK_FORMAT_VALUES, { error: "Choose a message format." }).default("GENERIC"),
};

/** The rules between fields, each reported on the field to change. */
function checkRule(
  rule: { metric: AlertMetric; threshold: number; channel: AlertChannel; recipientUserIds: string[]; webhookUrl: string },
  context: z.RefinementCtx,
) {
  if (rule.metric === "INTERCEPTION_RATE" && rule.threshold > RATE_THRESHOLD_MAX) {
    context.addIssue({ code: "custom", path: ["threshold"], message: ALERT_MESSAGES.rateThreshold });
  }
  if (rule.channel === "EMAIL" && rule.recipientUserIds.length === 0) {
    context.addIssue({ code: "custom", path: ["recipientUserIds"], message: ALERT_MESSAGES.recipientsRequired });
  }
  if (rule.channel === "WEBHOOK") {
    if (!rule.webhookUrl) context.addIssue({ code: "custom", path: ["webhookUrl"], message: ALERT_MESSAGES.webhookUrlRequired });
    else if (!isWebhookUrl(rule.webhookUrl)) context.addIssue({ code: "custom", path: ["webhookUrl"], message: ALERT_MESSAGES.webhookUrl });
  }
}

export const alertRuleFields = z.object(ruleShape).superRefine(checkRule);
export type AlertRuleFields = z.output<typeof alertRuleFields>;
export type AlertRuleFieldsInput = z.input<typeof alertRuleFields>;

export const alertRuleIdInput = z.object({ ruleId: z.string().trim().min(1).max(64) });
export const updateAlertRuleInput = z.object({ ruleId: z.string().trim().min(1).max(64), ...ruleShape }).superRefine(checkRule);
export const setAlertRuleEnabledInput = z.object({ ruleId: z.string().trim().min(1).max(64), enabled: z.boolean() });
