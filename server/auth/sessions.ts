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

/** How a session was started: an organization that requires single sign-on asks for "oidc". */
export const SESSION_METHODS = ["password", "oidc"] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];

export async function startSession(db: Db, userId: string, client: SessionClient, method: SessionMethod = "password"): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, userAgent: client.userAgent.slice(0, 512), address: client.address.slice(0, 64), method },
    select: { id: true },
  });
  return session.id;
}

/**
 * The session if it is still open, with how it was started and the person's saved console
 * language (read with the session's row, so a request's language costs no query of its own);
 * notes when it was last seen (at most once a minute). Null once it has ended.
 */
export async function findLiveSession(
  db: Db,
  sessionId: string,
  userId: string,
  now = new Date(),
): Promise<{ method: SessionMethod; language: string | null } | null> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId },
    select: { lastSeenAt: true, method: true, user: { select: { language: true } } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { method: session.method === "oidc" ? "oidc" : "password", language: session.user.language };
}

export async function sessionIsLive(db: Db, sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  return (await findLiveSession(db, sessionId, userId, now)) !== null;
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
