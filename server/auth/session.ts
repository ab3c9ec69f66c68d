import { getServerSession, type Session } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "./options";

export type { Session };

/**
 * The one way server code asks who is signed in (in route handlers and server components). Within
 * one page render it is asked several times (the layout, the page, the language of the texts):
 * React's cache answers those from the first check.
 */
export const getSession: () => Promise<Session | null> = cache(() => getServerSession(getAuthOptions()));
