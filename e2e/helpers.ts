import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { clientAddressOf } from "./fixtures/test";

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

/** What a test's own request to the console carries: the client address its browser acts from. */
function asTheBrowser(page: Page): Record<string, string> {
  const address = clientAddressOf(page.context());
  return address ? { "x-forwarded-for": address } : {};
}

/**
 * Creates an account the way the sign-up form does (its tRPC call, account.signUp), from the
 * page's browser; the browser stays signed out. For tests whose subject comes after an account
 * exists: the form itself has tests of its own (accounts.spec.ts, accessibility.spec.ts,
 * language.spec.ts, security.spec.ts).
 */
export async function addAccount(page: Page, email = uniqueEmail(), password = PASSWORD) {
  const response = await page.request.post("/api/trpc/account.signUp", {
    data: { json: { email, password } },
    headers: asTheBrowser(page),
  });
  expect(response.ok(), `sign-up of ${email}: ${await response.text()}`).toBe(true);
  return email;
}

/**
 * Signs the page's browser in with a password the way the sign-in form does (next-auth's
 * credentials callback, with its CSRF token); throws if the console refuses.
 */
export async function signInWithApi(page: Page, email: string, password = PASSWORD) {
  const headers = asTheBrowser(page);
  const { csrfToken } = await (await page.request.get("/api/auth/csrf", { headers })).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    headers,
  });
  const { url } = (await response.json()) as { url?: string };
  const error = url && new URL(url).searchParams.get("error");
  if (!response.ok() || error) throw new Error(`sign-in of ${email} refused: ${error ? decodeURIComponent(error) : response.status()}`);
}

/**
 * A new account, signed in, on the Overview: what signing up through the form leads to, through
 * the form's own calls (addAccount, signInWithApi). Returns the email used.
 */
export async function signUp(page: Page, email = uniqueEmail()) {
  await addAccount(page, email);
  await signInWithApi(page, email);
  await page.goto("/overview");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  return email;
}

/** Signs up through the form and waits for the console, for tests of the form itself. Returns the email used. */
export async function signUpThroughForm(page: Page, email = uniqueEmail()) {
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
