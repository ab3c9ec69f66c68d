import { expect, test } from "./fixtures/test";
import { PASSWORD, signIn, signUp, signUpThroughForm, uniqueEmail } from "./helpers";

test("sign up, land in the personal organization, sign out and sign in again", async ({ page }) => {
  const email = await signUpThroughForm(page, uniqueEmail("alice"));
  const localPart = email.split("@")[0];

  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByText(`Organization: ${localPart}'s organization`)).toBeVisible();
  await expect(page.getByLabel("Signed in as")).toContainText(email);
  await expect(page.getByLabel("Signed in as")).toContainText("Owner");
  await expect(page.getByText("Identity prefix")).toBeVisible();
  for (const section of ["Overview", "Scenarios", "Custom Policy", "Access Keys", "Members", "Audit Log"]) {
    await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: section })).toBeVisible();
  }

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foverview/);

  await signIn(page, email.toUpperCase());
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText(`Organization: ${localPart}'s organization`)).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Next.js has an alert of its own that announces route changes: find ours by its text.
  const message = page.getByRole("alert").filter({ hasText: "Wrong email or password." });
  const answer = () => page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));

  let answered = answer();
  await signIn(page, email, "not the password");
  await answered;
  await expect(message).toBeVisible();

  answered = answer();
  await signIn(page, uniqueEmail("nobody"), PASSWORD);
  await answered;
  await expect(message).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a duplicate email is refused next to the Email field", async ({ page, browser }) => {
  const email = await signUp(page);
  const other = await browser.newPage();
  await other.goto("/sign-up");
  await other.getByLabel("Email").fill(email.toUpperCase());
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByLabel("Email")).toHaveAccessibleDescription(/An account with this email already exists/);
  await expect(other).toHaveURL(/\/sign-up/);
  await other.close();
});

test("sign-up explains bad input next to each field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
});

test("a signed-out visitor lands on sign-in and returns to the page afterwards", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/members");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmembers/);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
});
