import type { Db } from "../db";
import { DomainError } from "../errors";
import { flushEveryBuffer, usageDay } from "../runtime/usage";
import type { UsageInput } from "./rules";
import { addCount, emptyTotals, type UsageTotals } from "./totals";

/**
 * Usage for the Overview: Initialization Requests, Verification Requests, Intercepted CAPTCHAs
 * (verifications that failed: F codes) and Successful CAPTCHAs (T codes), per day.
 */
export interface DailyUsage extends UsageTotals {
  day: string; // YYYY-MM-DD (UTC)
}

export async function usageByDay(db: Db, organizationId: string, input: UsageInput, now = new Date()): Promise<DailyUsage[]> {
  const today = usageDay(now);
  const first = new Date(today.getTime() - (input.days - 1) * 86_400_000);
  let scenarioId: string | undefined;
  if (input.sceneId) {
    const scenario = await db.scenario.findFirst({ where: { sceneId: input.sceneId, organizationId }, select: { id: true } });
    if (!scenario) throw new DomainError("NOT_FOUND", "This scenario does not exist in your organization.");
    scenarioId = scenario.id;
  }
  // This instance's latest calls count too; if they cannot be written right now, the reader still
  // gets what the database holds (the counts stay pending and are retried).
  await flushEveryBuffer();
  const rows = await db.usageCount.groupBy({
    by: ["day", "kind", "code"],
    where: { organizationId, scenarioId, day: { gte: first, lte: today } },
    _sum: { count: true },
  });
  const days = new Map<string, DailyUsage>();
  for (let i = 0; i < input.days; i++) {
    const day = new Date(first.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    days.set(day, { day, ...emptyTotals() });
  }
  for (const row of rows) {
    const entry = days.get(row.day.toISOString().slice(0, 10));
    if (entry) addCount(entry, row, row._sum.count ?? 0);
  }
  return [...days.values()];
}
