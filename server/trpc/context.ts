import type { Session } from "next-auth";
import type { Locale } from "@/i18n/locales";
import type { Db } from "../db";

/** What every procedure gets: the database and who is calling. Tests build it directly. */
export interface Context {
  db: Db;
  session: Session | null;
  /** This server's public address, for links the server sends out (invitation emails). */
  baseUrl?: string;
  /** Where the request came from (server/http/client-address.ts), for per-address limits. */
  clientAddress?: string;
  /**
   * The caller's console language (i18n/request-locale.ts): errors and emails the call causes
   * speak it. Absent means English.
   */
  locale?: Locale;
}
