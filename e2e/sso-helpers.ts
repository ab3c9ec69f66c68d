import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { OUTSIDE_PORT } from "./ports";

/**
 * Adds an account to the test OpenID Connect provider (scripts/e2e-outside.mjs), with the email
 * and email_verified it will hand out. Returns the login name to type at the provider.
 */
export async function addProviderAccount(email: string, emailVerified: boolean): Promise<string> {
  const username = `person-${randomBytes(4).toString("hex")}`;
  const response = await fetch(`http://127.0.0.1:${OUTSIDE_PORT}/sso/accounts`, {
    method: "POST",
    body: JSON.stringify({ username, email, emailVerified }),
  });
  expect(response.ok).toBe(true);
  return username;
}

/** Clicks "Sign in with Test SSO" and signs in at the provider's own page. */
export async function signInWithSso(page: Page, username: string) {
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Username").fill(username);
  await page.getByRole("button", { name: "Continue" }).click();
}
