import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe's WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, contrast included. */
export const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function readable(violations: Violation[]) {
  return violations
    .map((violation) =>
      [
        `${violation.impact ?? "?"} ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map((node) => `  at ${node.target.join(" ")}\n    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}`),
      ].join("\n"),
    )
    .join("\n");
}

/**
 * Scans the page as it is now. A failure is soft (the test goes on to scan its other pages) and
 * names the page, the rule, the elements and what is wrong with them.
 *
 * axe runs once, in the page (AxeBuilder's "legacy mode"). The default instead runs axe in every
 * frame and merges the results in a new blank page, for the sake of frames; that doubles each
 * scan's time here, and the console's pages have no frames. Should one get a frame, this says so
 * rather than scan less than the page.
 */
export async function expectAccessible(page: Page, what: string) {
  expect(
    page.frames().map((frame) => frame.url()),
    `${what}: a page with frames needs AxeBuilder's default mode`,
  ).toEqual([page.url()]);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).setLegacyMode().analyze();
  expect.soft(violations.length, `axe on ${what}:\n${readable(violations)}`).toBe(0);
}
