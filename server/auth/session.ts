import { getServerSession, type Session } from "next-auth";
import { getAuthOptions } from "./options";

export type { Session };

/** The one way server code asks who is signed in (in route handlers and server components). */
export function getSession(): Promise<Session | null> {
  return getServerSession(getAuthOptions());
}
