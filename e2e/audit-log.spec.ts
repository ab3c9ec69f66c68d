import { expect, test, type Page } from "./fixtures/test";
import { FIXTURES, createScenario, goToScenarios, sceneIdOf, signIn, signUp } from "./helpers";

async function goToAuditLog(page: Page) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit Log" }).click();
  await expect(page.getByRole("heading", { name: "Audit Log", level: 1 })).toBeVisible();
}

/** The log's rows, the header row first (counted only while no entry is expanded). */
const entryRows = (page: Page) => page.getByRole("table", { name: "Audit entries" }).getByRole("row");

test("an owner sees a created and a modified scenario in the audit log, with the changes", async ({ page }) => {
  const email = await signUp(page);
  await goToScenarios(page);
  const row = await createScenario(page, { name: "audit_first", type: "Slider CAPTCHA" });
  const sceneId = await sceneIdOf(row);
  await row.getByRole("button", { name: "Modify" }).click();
  const dialog = page.getByRole("dialog", { name: "Modify Scenario" });
  await dialog.getByLabel("Scenario Name").fill("audit_renamed");
  await dialog.getByLabel("Verification Type").selectOption({ label: "Puzzle Verification" });
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();

  await goToAuditLog(page);
  const log = page.getByRole("table", { name: "Audit entries" });
  for (const column of ["Time", "Actor", "Action", "Target"]) {
    await expect(log.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  // Newest first: the modification, then the creation.
  const rows = entryRows(page);
  await expect(rows.nth(1)).toContainText("Modify scenario");
  await expect(rows.nth(1)).toContainText("audit_renamed");
  await expect(rows.nth(1)).toContainText(sceneId);
  await expect(rows.nth(1)).toContainText(email);
  await expect(rows.nth(2)).toContainText("Create scenario");
  await expect(rows.nth(2)).toContainText("audit_first");

  const show = rows.nth(1).getByRole("button", { name: "Show changes" });
  await expect(show).toHaveAttribute("aria-expanded", "false");
  await show.click();
  const hide = rows.nth(1).getByRole("button", { name: "Hide changes" });
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  const changes = page.getByRole("table", { name: "Changes: Modify scenario audit_renamed" });
  await expect(changes.getByRole("columnheader")).toHaveText(["Field", "Before", "After"]);
  await expect(changes.getByRole("row", { name: /Scenario Name/ }).getByRole("cell")).toHaveText(["audit_first", "audit_renamed"]);
  await expect(changes.getByRole("row", { name: /Verification Type/ }).getByRole("cell")).toHaveText([
    "Slider CAPTCHA",
    "Puzzle Verification",
  ]);
  // Unchanged fields are left out.
  await expect(changes.getByRole("row", { name: /Integration Method/ })).toHaveCount(0);
  await hide.click();
  await expect(changes).toBeHidden();

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Create scenario" });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("audit_first");
  await expect(page.getByText("1 entry · Page 1 of 1")).toBeVisible();

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Delete scenario" });
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
});

test("filters by actor, Scenario ID and dates, and explains a bad range next to its field", async ({ page }) => {
  const email = await signUp(page);
  await goToScenarios(page);
  const kept = await sceneIdOf(await createScenario(page, { name: "kept", type: "Slider CAPTCHA" }));
  await createScenario(page, { name: "other", type: "One-click CAPTCHA" });

  await goToAuditLog(page);
  const rows = entryRows(page);
  await page.getByLabel("Actor", { exact: true }).selectOption({ label: email });
  await expect(rows.nth(1)).toContainText("other");

  await page.getByLabel("Scenario ID", { exact: true }).fill(kept);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("kept");

  const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA")); // YYYY-MM-DD, the browser's day
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByLabel("To", { exact: true }).fill(today);
  await expect(rows).toHaveCount(2);
  await page.getByLabel("From", { exact: true }).fill("2999-01-02");
  await page.getByLabel("To", { exact: true }).fill("2999-01-01");
  await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription("The To date must be on or after the From date.");
  await page.getByLabel("To", { exact: true }).fill("2999-01-03");
  await expect(page.getByText("No entries match these filters.")).toBeVisible();

  await page.getByLabel("Scenario ID", { exact: true }).fill("nope");
  await expect(page.getByLabel("Scenario ID", { exact: true })).toHaveAccessibleDescription(/8 lowercase letters and digits/);
});

test("a viewer is told that only owners and admins can read the audit log", async ({ page }) => {
  await page.goto("/audit-log");
  await signIn(page, FIXTURES.viewer);
  await expect(page.getByRole("heading", { name: "Audit Log", level: 1 })).toBeVisible();
  await expect(page.getByText("Only owners and admins can read the audit log.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByLabel("Action", { exact: true })).toHaveCount(0);
  // Opened by its address: the navigation offers neither this page nor Access Keys to a viewer.
  const navigation = page.getByRole("navigation", { name: "Console" });
  await expect(navigation.getByRole("link", { name: "Scenarios" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Audit Log" })).toHaveCount(0);
  await expect(navigation.getByRole("link", { name: "Access Keys" })).toHaveCount(0);
});
