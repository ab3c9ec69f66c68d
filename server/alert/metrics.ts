import type { Db } from "../db";
import { addCount, emptyTotals, interceptionRate, type UsageTotals } from "../usage/totals";
import { ALERT_WINDOWS, type AlertMetric, type AlertWindow } from "./rules";

/** The first minute a window counts: the current minute and the ones before it, `minutes` in all. */
export function windowStart(window: AlertWindow, now: Date): Date {
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(minute - (ALERT_WINDOWS[window].minutes - 1) * 60_000);
}

export function metricValue(metric: AlertMetric, totals: UsageTotals): number {
  switch (metric) {
    case "INITIALIZATIONS":
      return totals.initializations;
    case "VERIFICATIONS":
      return totals.verifications;
    case "INTERCEPTED":
      return totals.intercepted;
    case "INTERCEPTION_RATE":
      return interceptionRate(totals);
  }
}

/**
 * A rule's metric now: the per-minute counts (written with the Overview's daily ones, in the same
 * statement) of its scenario, or of all the organization's, summed over its window the way the
 * Overview sums a day (server/usage/totals.ts).
 */
export async function measure(
  db: Db,
  rule: { organizationId: string; scenarioId: string | null; metric: AlertMetric; window: AlertWindow },
  now: Date,
): Promise<number> {
  const rows = await db.usageMinute.groupBy({
    by: ["kind", "code"],
    where: {
      organizationId: rule.organizationId,
      ...(rule.scenarioId && { scenarioId: rule.scenarioId }),
      minute: { gte: windowStart(rule.window, now), lte: now },
    },
    _sum: { count: true },
  });
  const totals = emptyTotals();
  for (const row of rows) addCount(totals, row, row._sum.count ?? 0);
  return metricValue(rule.metric, totals);
}
