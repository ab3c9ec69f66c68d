import { existsSync } from "node:fs";

/**
 * The Chromium that tests and benchmarks drive: Debian's on machines without internet (`npx
 * playwright install` cannot download there), PLAYWRIGHT_CHROMIUM to pick another, otherwise
 * Playwright's own browser for people who have it.
 */
export const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** Headless and quiet: no sandbox (containers), no GPU, no background traffic or updates. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
