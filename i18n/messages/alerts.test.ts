import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ALERT_CHANNELS, ALERT_EVENTS, ALERT_METRICS, ALERT_WINDOWS, describeCondition, WEBHOOK_FORMATS } from "@/server/alert/rules";
import { MESSAGES } from ".";

/** The Alerts page names the server's values by key: its English is the server's own words. */
describe("the alerts page's words", () => {
  const t = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "alerts" });
  const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"], namespace: "alerts" });

  it("names every metric, window, channel, format and event as the server does", () => {
    for (const [key, { label }] of Object.entries(ALERT_METRICS)) expect(t(`metrics.${key as keyof typeof ALERT_METRICS}`)).toBe(label);
    for (const [key, { label }] of Object.entries(ALERT_WINDOWS)) expect(t(`windows.${key as keyof typeof ALERT_WINDOWS}`)).toBe(label);
    for (const [key, { label }] of Object.entries(ALERT_CHANNELS)) expect(t(`channels.${key as keyof typeof ALERT_CHANNELS}`)).toBe(label);
    for (const [key, { label }] of Object.entries(WEBHOOK_FORMATS)) expect(t(`formats.${key as keyof typeof WEBHOOK_FORMATS}`)).toBe(label);
    for (const [key, label] of Object.entries(ALERT_EVENTS)) expect(t(`deliveries.events.${key as keyof typeof ALERT_EVENTS}`)).toBe(label);
  });

  it("says a rule's condition as the server does, and in Chinese with the glossary's metric", () => {
    const rule = { metric: "INTERCEPTION_RATE", window: "LAST_24_HOURS", threshold: 30 } as const;
    expect(t(`condition.${rule.window}`, { metric: t(`metrics.${rule.metric}`), threshold: "30%" })).toBe(describeCondition(rule));
    expect(zh(`condition.${rule.window}`, { metric: zh(`metrics.${rule.metric}`), threshold: "30%" })).toBe("最近24小时拦截率 ≥ 30%");
  });
});
