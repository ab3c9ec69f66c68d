import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/i18n/locales";
import * as emails from "@/i18n/server-messages/emails";

const EMAILS = { en: emails.en, "zh-CN": emails.zhCN } satisfies Record<Locale, typeof emails.en>;

/** The texts of the emails in `locale` (i18n/server-messages/emails.ts), filled like the pages' texts. */
export const emailTexts = (locale: Locale) => createTranslator({ locale, messages: EMAILS[locale] });

/**
 * The language an email is written in: its recipient's saved console language when they have an
 * account with one, else the language of the request that caused it (the page visited), else English.
 */
export function recipientLocale(saved: string | null | undefined, requestLocale: Locale | undefined): Locale {
  return isLocale(saved) ? saved : (requestLocale ?? "en");
}
