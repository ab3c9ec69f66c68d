import { AsyncLocalStorage } from "node:async_hooks";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";

/**
 * Zod's own messages (for input no form sends: a number where text belongs, an unknown key…) in
 * the caller's language. Our schemas' own messages are English and are translated with the rest
 * of the server's messages (i18n/server-messages); zod asks this error map only for the messages
 * it writes itself, and tRPC parses the input inside `speakingLocale`, so it knows the caller's.
 */
const callerLocale = new AsyncLocalStorage<Locale>();
const ZOD_LOCALES: Partial<Record<Locale, ReturnType<typeof z.locales.zhCN>>> = { "zh-CN": z.locales.zhCN() };

z.config({
  // undefined: zod's default English, exactly as before.
  customError: (issue) => {
    const locale = callerLocale.getStore();
    return locale ? ZOD_LOCALES[locale]?.localeError(issue) : undefined;
  },
});

export const speakingLocale = <T>(locale: Locale | undefined, work: () => T): T => (locale ? callerLocale.run(locale, work) : work());
