import { ALERT_METRICS, describeCondition, formatMetricValue, type AlertEvent, type AlertMetric, type AlertWindow } from "./rules";

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

const HEADLINES: Record<AlertEvent, string> = {
  FIRING: "Alert",
  RESOLVED: "Resolved",
  TEST: "Test notification",
};

export function notificationTitle(n: Notification): string {
  return `[${HEADLINES[n.event]}] ${n.rule.name}: ${ALERT_METRICS[n.rule.metric].label} ${formatMetricValue(n.rule.metric, n.value)}`;
}

/** Plain text, the same lines in an email and in a chat robot's message. */
export function notificationText(n: Notification): string {
  const what =
    n.event === "FIRING"
      ? "The condition of this alert rule started to hold."
      : n.event === "RESOLVED"
        ? "The condition of this alert rule no longer holds."
        : "This is a test notification: nothing has happened. The value below is the metric now.";
  return [
    notificationTitle(n),
    "",
    what,
    `Organization: ${n.organization.name}`,
    `Scenario: ${n.scenario ? `${n.scenario.name} (${n.scenario.sceneId})` : "All scenarios"}`,
    `Condition: ${describeCondition(n.rule)}`,
    `Value: ${formatMetricValue(n.rule.metric, n.value)}`,
    `Time: ${n.occurredAt.toISOString()}`,
    "",
    `Alert rules: ${n.consoleUrl}`,
  ].join("\n");
}
