import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

/** Accounts seeded by e2e/fixtures/seed.ts before the server starts. */
export const FIXTURES = {
  owner: "owner@fixtures.test",
  viewer: "viewer@fixtures.test",
  organization: "Fixture Org",
  scenario: "fixture_checkout",
  /** An organization whose custom policies have been in force for an hour (no propagation wait). */
  policyOwner: "policy-owner@fixtures.test",
  urlPolicyScenario: "url_checked",
  strictPolicyScenario: "scripted_clicks_blocked",
} as const;

export function uniqueEmail(label = "user") {
  return `${label}-${randomBytes(4).toString("hex")}@example.com`;
}

/** Signs up through the form and waits for the console. Returns the email used. */
export async function signUp(page: Page, email = uniqueEmail()) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Hashing the password (scrypt) and the first render of the console take a while on a busy machine.
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export interface NewScenario {
  name: string;
  method?: string;
  type: string;
  challenge?: string;
  testResult?: string;
}

export async function openCreate(page: Page) {
  await page.getByRole("button", { name: "Create Scenario" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create Scenario" });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function createScenario(page: Page, scenario: NewScenario) {
  const dialog = await openCreate(page);
  await dialog.getByLabel("Scenario Name").fill(scenario.name);
  if (scenario.method) await dialog.getByLabel("Integration Method").selectOption({ label: scenario.method });
  await dialog.getByLabel("Verification Type").selectOption({ label: scenario.type });
  if (scenario.challenge) await dialog.getByLabel("Additional Challenge").selectOption({ label: scenario.challenge });
  if (scenario.testResult) {
    await dialog.getByLabel("Rule Status").selectOption({ label: "Test Mode" });
    await dialog.getByLabel("Test Result").selectOption({ label: scenario.testResult });
  }
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole("row").filter({ hasText: scenario.name });
  await expect(row).toBeVisible();
  return row;
}

/** The Scenario ID shown in a row (the cell holds the ID followed by its Copy button). */
export async function sceneIdOf(row: Locator) {
  const text = await row.getByRole("cell").nth(1).textContent();
  return /^[a-z0-9]{8}/.exec(text ?? "")![0];
}

export async function goToScenarios(page: Page) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Scenarios" }).click();
  await expect(page.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();
}
