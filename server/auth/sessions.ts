import type { Db } from "../db";

/**
 * Server-side sessions behind the JWT cookie. The cookie names a UserSession row; a request is
 * signed in only while that row exists, so ending a session (sign-out, "Sign out everywhere", a
 * password change, a deleted account) takes effect at the next request, even for copied cookies.
 */
const LAST_SEEN_EVERY_MS = 60_000;

export interface SessionClient {
  userAgent: string;
  address: string;
}

export async function startSession(db: Db, userId: string, client: SessionClient): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, userAgent: client.userAgent.slice(0, 512), address: client.address.slice(0, 64) },
    select: { id: true },
  });
  return session.id;
}

/** Whether the session is still open; notes when it was last seen (at most once a minute). */
export async function sessionIsLive(db: Db, sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findFirst({ where: { id: sessionId, userId }, select: { lastSeenAt: true } });
  if (!session) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}

export async function endSession(db: Db, sessionId: string) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the account, or every one but `except` (the browser that asked). */
export async function endSessions(db: Db, userId: string, except?: string) {
  const { count } = await db.userSession.deleteMany({ where: { userId, ...(except && { id: { not: except } }) } });
  return count;
}

export function listSessions(db: Db, userId: string) {
  return db.userSession.findMany({
    where: { userId },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, address: true },
  });
}
