import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "./messages";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  // The signed-in person's own choice, else this browser's cookie, else Accept-Language
  // (i18n/request-locale.ts: the same rule as the server's API messages and emails).
  const locale = await requestLocale();
  // Dates are shown in the viewer's own time zone by the components that show them; this is
  // only next-intl's fallback for server-rendered formatting.
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
