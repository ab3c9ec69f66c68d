import type { Session } from "next-auth";
import type { Db } from "../db";

/** What every procedure gets: the database and who is calling. Tests build it directly. */
export interface Context {
  db: Db;
  session: Session | null;
}

export function createContext(context: Context): Context {
  return context;
}
