import type { Locale } from "@/i18n/locales";
import { emailTexts } from "../mail/compose";
import { formatMetricValue, type AlertEvent, type AlertMetric, type AlertWindow } from "./rules";

/** What one notification says, whatever carries it (email, a webhook in any format). */
export interface Notification {
  event: AlertEvent;
  rule: { id: string; name: string; metric: AlertMetric; window: AlertWindow; threshold: number };
  /** The scenario's name and Scenario ID, or null for every scenario. */
  scenario: { name: string; sceneId: string } | null;
  organization: { name: string };
  value: number;
  occurredAt: Date;
  /** The console's Alerts page. */
  consoleUrl: string;
}

/**
 * The notification's words in `locale` (i18n/server-messages/emails.ts): an email speaks its
 * recipient's language; webhooks (a team's chat, a program) get English.
 */
export function notificationTitle(n: Notification, locale: Locale = "en"): string {
  const t = emailTexts(locale);
  const metric = t("alert.metric", { metric: n.rule.metric });
  return t("alert.title", { event: n.event, rule: n.rule.name, metric, value: formatMetricValue(n.rule.metric, n.value) });
}

/** Plain text, the same lines in an email and in a chat robot's message. */
export function notificationText(n: Notification, locale: Locale = "en"): string {
  const t = emailTexts(locale);
  const metric = t("alert.metric", { metric: n.rule.metric });
  const condition = t("alert.condition", { metric, threshold: formatMetricValue(n.rule.metric, n.rule.threshold), window: n.rule.window });
  const scenario = n.scenario ? t("alert.scenarioNamed", { name: n.scenario.name, sceneId: n.scenario.sceneId }) : t("alert.allScenarios");
  return [
    notificationTitle(n, locale),
    "",
    t("alert.happened", { event: n.event }),
    t("alert.organization", { organization: n.organization.name }),
    t("alert.scenario", { scenario }),
    t("alert.conditionLine", { condition }),
    t("alert.value", { value: formatMetricValue(n.rule.metric, n.value) }),
    t("alert.time", { time: n.occurredAt.toISOString() }),
    "",
    t("alert.rules", { url: n.consoleUrl }),
  ].join("\n");
}
