import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { isLocale, LANGUAGE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";
import { MESSAGES } from "./messages";

/**
 * The language of a console page: the signed-in person's own choice (kept on their account, so
 * it follows them to every browser), else this browser's (the cookie the switcher sets, also
 * before sign-in), else what the browser asks for (Accept-Language).
 */
async function requestLocale(): Promise<Locale> {
  const session = await getSession();
  if (session?.user.id) {
    const user = await getDb().user.findUnique({ where: { id: session.user.id }, select: { language: true } });
    if (isLocale(user?.language)) return user.language;
  }
  const cookie = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // Dates are shown in the viewer's own time zone by the components that show them; this is
  // only next-intl's fallback for server-rendered formatting.
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
