import type { Locale } from "../locales";
import { SERVER_MESSAGES_ZH_CN } from "./zh-CN";

/** Each language's catalogue, keyed by the server's English. English needs none: it is the key. */
const CATALOGUES: Partial<Record<Locale, Record<string, string>>> = { "zh-CN": SERVER_MESSAGES_ZH_CN };

const PLACEHOLDER = /\{(\w+)\}/g;
const HAS_PLACEHOLDER = /\{\w+\}/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Template {
  pattern: RegExp;
  names: string[];
  translation: string;
}

/** The catalogue's keys with placeholders, as patterns ("Use at most {count} characters." matches "Use at most 32 characters."). */
function templatesOf(catalogue: Record<string, string>): Template[] {
  return Object.entries(catalogue)
    .filter(([english]) => HAS_PLACEHOLDER.test(english))
    .map(([english, translation]) => {
      const names = [...english.matchAll(PLACEHOLDER)].map((match) => match[1]);
      const pattern = new RegExp(
        `^${english
          .split(PLACEHOLDER)
          .map((part, index) => (index % 2 ? "(.+?)" : escapeRegExp(part)))
          .join("")}$`,
        "s",
      );
      return { pattern, names, translation };
    });
}

const templates = new Map<Locale, Template[]>();

/**
 * A message of the server (an error, a validation message, a notice) in `locale`. English, and a
 * message the catalogue lacks, come back as they are; catalogue.test.ts sees that none is lacking.
 */
export function translateServerMessage(message: string, locale: Locale | undefined): string {
  const catalogue = locale && CATALOGUES[locale];
  if (!catalogue) return message;
  if (Object.hasOwn(catalogue, message)) return catalogue[message];
  if (!templates.has(locale)) templates.set(locale, templatesOf(catalogue));
  for (const { pattern, names, translation } of templates.get(locale) ?? []) {
    const match = pattern.exec(message);
    if (!match) continue;
    return translation.replace(PLACEHOLDER, (whole, name: string) => {
      const index = names.indexOf(name);
      return index === -1 ? whole : match[index + 1];
    });
  }
  return message;
}

/** Whether `locale` has the message (its catalogue has it exactly, or by a key with placeholders). */
export function hasServerMessage(message: string, locale: Locale): boolean {
  return locale === "en" || translateServerMessage(message, locale) !== message;
}
