/**
 * A person-readable name for the browser behind a session ("Chrome on Windows"), from its user
 * agent. Good enough to recognise one's own devices; it is not used for any decision.
 */
const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/HeadlessChrome/, "Headless Chrome"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** How a label is said: the page passes its language's words (browser and system names stay as they are). */
export interface DeviceWords {
  both: (browser: string, system: string) => string;
  unknown: string;
}

const ENGLISH: DeviceWords = { both: (browser, system) => `${browser} on ${system}`, unknown: "Unknown device" };

export function deviceLabel(userAgent: string, words: DeviceWords = ENGLISH): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return words.both(browser, system);
  return browser ?? system ?? words.unknown;
}
