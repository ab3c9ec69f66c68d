import type { Db } from "../db";
import { evaluateAlerts } from "./evaluate";

export const EVALUATION_INTERVAL_MS = 60_000;

/**
 * Evaluates alert rules every minute in the server process. A run that is still going when the
 * next is due is not doubled; an error is logged and the next minute tries again. Returns stop().
 */
export function startAlertScheduler(db: () => Db, intervalMs = EVALUATION_INTERVAL_MS) {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = evaluateAlerts(db())
      .catch((error: Error) => console.error("Alert evaluation failed:", error.message))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  // The interval alone never keeps a process alive (tests, scripts that start a server).
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
