import type { Db } from "../db";

/**
 * Failed sign-ins are limited per email (slows guessing one account's password) and per client
 * address (slows trying many accounts from one machine). The address limit is higher because an
 * office or a carrier NAT puts many people behind one address.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const THROTTLED_MESSAGE = `Too many failed sign-in attempts. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again.`;

function windowStart(now: Date) {
  return new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
}

export async function isSignInThrottled(db: Db, email: string, address: string, now = new Date()) {
  const since = windowStart(now);
  const [byEmail, byAddress] = await Promise.all([
    db.signInFailure.count({ where: { email, createdAt: { gte: since } } }),
    db.signInFailure.count({ where: { address, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()) {
  // Old rows are pruned here, on the write path, so the table never needs a separate cleanup job.
  await db.$transaction([
    db.signInFailure.deleteMany({ where: { createdAt: { lt: windowStart(now) } } }),
    db.signInFailure.create({ data: { email, address, createdAt: now } }),
  ]);
}

export async function clearSignInFailures(db: Db, email: string) {
  await db.signInFailure.deleteMany({ where: { email } });
}
