import { cookies, headers } from "next/headers";
import { getSession, type Session } from "@/server/auth/session";
import { chooseLocale, LANGUAGE_COOKIE, type Locale } from "./locales";

/**
 * The language of the current request (pages, tRPC calls, emails a request causes), by the rule in
 * `chooseLocale`. The saved choice comes with the session (server/auth/options.ts reads it with the
 * session's own row), so this adds no database read. Callers that already hold the session pass it.
 */
export async function requestLocale(session?: Session | null): Promise<Locale> {
  const signedIn = session === undefined ? await getSession() : session;
  return chooseLocale({
    saved: signedIn?.user.language,
    cookie: (await cookies()).get(LANGUAGE_COOKIE)?.value,
    acceptLanguage: (await headers()).get("accept-language"),
  });
}
