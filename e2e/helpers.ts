import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct horse battery";

/** Accounts seeded by e2e/fixtures/seed.ts before the server starts. */
export const FIXTURES = {
  owner: "owner@fixtures.test",
  viewer: "viewer@fixtures.test",
  organization: "Fixture Org",
  scenario: "fixture_checkout",
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
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
