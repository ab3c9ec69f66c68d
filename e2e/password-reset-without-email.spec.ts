import { expect, test } from "./fixtures/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";

// The plain app: no SMTP settings, so nothing can be emailed.

test("without email, Forgot password says to ask an Owner", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByText("Email is not set up on this server")).toBeVisible();
  await expect(page.getByText("Ask an Owner of your organization")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send reset link" })).toHaveCount(0);
});

test("an Owner creates a one-time reset link for a teammate, who sets a new password through it", async ({ page, browser }) => {
  test.slow(); // two people, three password hashes
  await signUp(page, uniqueEmail("owner"));
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Members" }).click();
  const teammate = uniqueEmail("teammate");
  const form = page.getByRole("region", { name: "Invite member" });
  await form.getByLabel("Email").fill(teammate);
  await form.getByLabel("Role").selectOption({ label: "Member" });
  await form.getByRole("button", { name: "Invite member" }).click();
  const invitation = (await form.getByLabel("Invitation link").textContent())!.trim();

  const other = await (await browser.newContext()).newPage();
  await other.goto(invitation);
  await other.getByRole("link", { name: "Create an account" }).click();
  await other.getByLabel("Email").fill(teammate);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Create account" }).click();
  await other.getByRole("button", { name: "Accept invitation" }).click();
  await expect(other.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();

  await page.reload();
  const members = page.getByRole("region", { name: "Members" });
  const row = members.getByRole("row").filter({ hasText: teammate });
  // An owner resets others, not themselves (that is Profile's Change password).
  await expect(members.getByRole("row").filter({ hasText: "(you)" }).getByRole("button", { name: "Reset password" })).toHaveCount(0);
  await row.getByRole("button", { name: "Reset password" }).click();
  const shown = members.getByRole("status");
  await expect(shown).toContainText(`Password reset link for ${teammate} created`);
  const link = (await shown.getByLabel("Password reset link").textContent())!.trim();
  expect(new URL(link).pathname).toMatch(/^\/reset-password\//);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await fresh.getByLabel("New password").fill("the teammate's new password");
  await fresh.getByRole("button", { name: "Set password" }).click();
  await expect(fresh.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  await expect(fresh.getByLabel("Signed in as")).toContainText(teammate);

  // The teammate's earlier browser is signed out.
  await other.reload();
  await expect(other.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Both are in the audit log.
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit Log" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Create password reset link" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Reset password" }).first()).toBeVisible();
});
