import { LANGUAGES } from "../../widget/options";

/** Chinese written in Traditional characters: Taiwan, Hong Kong, Macau, or the Hant script. */
const TRADITIONAL_CHINESE = new Set(["tw", "hk", "mo", "hant"]);

/**
 * The widget's code (Alibaba's: cn, tw, en, …, not BCP 47) for a person's language, a BCP 47 tag
 * such as "en-GB", "zh-Hant" or "id": the `language` the guide's snippets set. A language the
 * widget does not know gets English rather than the widget's Chinese default, the more widely read
 * of the two.
 */
export function widgetLanguageFor(locale: string): string {
  const [primary = "", ...rest] = locale.trim().toLowerCase().split(/[-_]/);
  if (primary === "zh") return rest.some((subtag) => TRADITIONAL_CHINESE.has(subtag)) ? "tw" : "cn";
  if (primary === "id") return "in"; // Alibaba keeps Indonesian's old ISO 639 code
  // "cn" and "tw" are regions, not languages: a tag starting with them is not Chinese.
  const known = LANGUAGES.find((code) => code === primary && code !== "cn" && code !== "tw");
  return known ?? "en";
}
