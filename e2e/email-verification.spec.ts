import { expect, test } from "./fixtures/test";
import { signUp, uniqueEmail } from "./helpers";
import { firstLink, mailTo, waitForMail } from "./mail";
import { CONNECTED_URL } from "./ports";

// The app instance with email configured, sending to a real SMTP server on loopback.
test.use({ baseURL: CONNECTED_URL });

test("a new account verifies its email: banner, Resend email, the link, no banner", async ({ page }) => {
  test.slow(); // a sign-up's password hashing, and email
  const email = await signUp(page, uniqueEmail("unverified"));
  const banner = page.getByRole("region", { name: "Email verification" });
  await expect(banner).toContainText(`open the link we sent to ${email}`);
  const welcome = await waitForMail(email, "Verify your email");

  // Held back until verified, with the reason.
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Access Keys" }).click();
  await page.getByRole("button", { name: "Create AccessKey" }).click();
  const dialog = page.getByRole("dialog", { name: "Create AccessKey" });
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Verify your email address first");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await banner.getByRole("button", { name: "Resend email" }).click();
  await expect(banner.getByRole("status")).toContainText("We sent you a new link.");
  await expect.poll(async () => (await mailTo(email)).filter((mail) => mail.subject.includes("Verify your email")).length).toBe(2);

  await page.goto(firstLink(welcome));
  await expect(page.getByRole("status").filter({ hasText: "Your email address is verified." })).toBeVisible();
  await page.getByRole("link", { name: "Go to the console" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Email verification" })).toHaveCount(0);
});

test("a verification link that was used or does not exist says so", async ({ page }) => {
  await page.goto("/verify-email/not-a-real-token");
  await expect(page.getByRole("alert").filter({ hasText: "This verification link has expired or was already used." })).toBeVisible();
});
