/**
 * Where to go after signing in or up. Only paths on this site come back: the value is refused
 * when it holds control characters, whitespace or backslashes anywhere (browsers drop tab, CR and
 * LF from URLs and read "\" as "/", so "/\t/evil.example" becomes "//evil.example"), and what is
 * left must resolve to this origin.
 */
const ORIGIN = "http://console.invalid";

export function safeReturnPath(value: string | null | undefined, fallback = "/overview"): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (!value?.startsWith("/") || /[\u0000-\u0020\u007f-\u009f\\\u2028\u2029\u00a0\ufeff]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN || value.startsWith("//")) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("/sign-in") || path.startsWith("/sign-up")) return fallback;
  return path;
}
