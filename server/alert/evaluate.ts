import type { Db } from "../db";
import { flushEveryBuffer } from "../runtime/usage";
import { deliverDue, type DeliveryOutcome } from "./deliver";
import { measure } from "./metrics";
import { conditionHolds } from "./rules";

/** Per-minute counts are kept a little longer than the longest window. */
const MINUTES_KEPT_MS = 25 * 3600_000;

export interface EvaluationResult {
  evaluated: number;
  fired: string[];
  resolved: string[];
  deliveries: DeliveryOutcome[];
}

/**
 * Moves a rule's state and queues its notification in one transaction. The conditional UPDATE is
 * the claim: when several instances evaluate the same rule at once, PostgreSQL lets one of them
 * change the row (the others re-check `state` after its commit and change nothing), so each move
 * is notified once.
 */
async function move(db: Db, rule: { id: string; organizationId: string }, from: "OK" | "FIRING", value: number, now: Date) {
  const to = from === "OK" ? "FIRING" : "OK";
  return db.$transaction(async (tx) => {
    const { count } = await tx.alertRule.updateMany({
      where: { id: rule.id, state: from, enabled: true },
      data: { state: to, stateChangedAt: now, lastValue: value, lastEvaluatedAt: now },
    });
    if (count !== 1) return false;
    await tx.alertDelivery.create({
      data: {
        ruleId: rule.id,
        organizationId: rule.organizationId,
        event: to === "FIRING" ? "FIRING" : "RESOLVED",
        value,
        occurredAt: now,
        nextAttemptAt: now,
      },
    });
    return true;
  });
}

/**
 * One evaluation of every enabled rule at `now`, then the notifications that are due. Run every
 * minute by the server process (./scheduler.ts); safe to run on several instances at once.
 */
export async function evaluateAlerts(db: Db, now = new Date()): Promise<EvaluationResult> {
  // This instance's latest counts first, as the Overview does.
  await flushEveryBuffer();
  await db.usageMinute.deleteMany({ where: { minute: { lt: new Date(now.getTime() - MINUTES_KEPT_MS) } } });

  const rules = await db.alertRule.findMany({
    where: { enabled: true },
    select: { id: true, organizationId: true, scenarioId: true, metric: true, window: true, threshold: true, state: true },
  });
  const fired: string[] = [];
  const resolved: string[] = [];
  for (const rule of rules) {
    try {
      const value = await measure(db, rule, now);
      const holds = conditionHolds(value, rule.threshold);
      if (holds && rule.state === "OK") {
        if (await move(db, rule, "OK", value, now)) fired.push(rule.id);
      } else if (!holds && rule.state === "FIRING") {
        if (await move(db, rule, "FIRING", value, now)) resolved.push(rule.id);
      } else {
        await db.alertRule.updateMany({ where: { id: rule.id }, data: { lastValue: value, lastEvaluatedAt: now } });
      }
    } catch (error) {
      // One rule's failure (a deleted scenario meanwhile, a lost connection) never stops the others.
      console.error(`Alert rule ${rule.id} could not be evaluated:`, (error as Error).message);
    }
  }
  const deliveries = await deliverDue(db, now);
  return { evaluated: rules.length, fired, resolved, deliveries };
}
