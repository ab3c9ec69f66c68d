import { expect, test } from "./fixtures/test";
import { signUp, uniqueEmail } from "./helpers";
import { firstLink, waitForMail } from "./mail";
import { CONNECTED_URL } from "./ports";

// The app instance with email configured, sending to a real SMTP server on loopback.
test.use({ baseURL: CONNECTED_URL });

const SENT = "If an account exists for this email, we sent a link to reset its password.";
const NEW_PASSWORD = "a new password after forgetting";

test("a forgotten password: the link arrives by email, sets a new password, signs in and signs every other browser out", async ({
  page,
  browser,
}) => {
  test.slow(); // two sign-ups' worth of password hashing, and email
  const email = await signUp(page, uniqueEmail("forgetful"));

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/sign-in");
  await elsewhere.getByRole("link", { name: "Forgot password?" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Forgot password" })).toBeVisible();
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByRole("button", { name: "Send reset link" }).click();
  await expect(elsewhere.getByRole("status")).toContainText(SENT);

  const link = firstLink(await waitForMail(email, "Reset your"));
  expect(new URL(link).pathname).toMatch(/^\/reset-password\/[\w-]+$/);
  await elsewhere.goto(link);
  await expect(elsewhere.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expect(elsewhere.getByText(`Choose a new password for ${email}`)).toBeVisible();

  // The sign-up rule, next to the field; nothing changes.
  await elsewhere.getByLabel("New password").fill("short");
  await elsewhere.getByRole("button", { name: "Set password" }).click();
  await expect(elsewhere.getByText("Use at least 10 characters.")).toBeVisible();

  await elsewhere.getByLabel("New password").fill(NEW_PASSWORD);
  await elsewhere.getByRole("button", { name: "Set password" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  await expect(elsewhere.getByLabel("Signed in as")).toContainText(email);

  // The browser that was signed in with the old password is signed out at its next request.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // The link worked once.
  await elsewhere.goto(link);
  await expect(elsewhere.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
  await elsewhere.getByRole("link", { name: "Get a new link" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Forgot password" })).toBeVisible();
});

test("an email without an account gets the same answer", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(SENT);
});

test("a link that does not exist says so and offers a new one", async ({ page }) => {
  await page.goto("/reset-password/not-a-real-token");
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Get a new link" })).toHaveAttribute("href", "/forgot-password");
});
