import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures/test";
import { signUp, uniqueEmail } from "./helpers";
import { firstLink, waitForMail } from "./mail";
import { CONNECTED_URL } from "./ports";

/** The pages of password reset and email verification pass axe's WCAG A and AA rules, like every other page (e2e/accessibility.spec.ts). */

test("without email: Forgot password", async ({ page }) => {
  await page.goto("/forgot-password");
  await expect(page.getByText("Email is not set up on this server")).toBeVisible();
  await expectAccessible(page, "forgot password, no email");
});

test.describe("with email", () => {
  test.use({ baseURL: CONNECTED_URL });

  test("the verification banner, Forgot password, the reset page with an error, and invalid links", async ({ page, browser }) => {
    test.slow();
    const email = await signUp(page, uniqueEmail("a11y"));
    await expect(page.getByRole("region", { name: "Email verification" })).toBeVisible();
    await expectAccessible(page, "overview with the verification banner");

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/forgot-password");
    await expect(visitor.getByRole("button", { name: "Send reset link" })).toBeVisible();
    await expectAccessible(visitor, "forgot password");
    await visitor.getByRole("button", { name: "Send reset link" }).click();
    await expect(visitor.getByLabel("Email")).toHaveAccessibleDescription(/Enter your email address\./);
    await expectAccessible(visitor, "forgot password, no email entered");
    await visitor.getByLabel("Email").fill(email);
    await visitor.getByRole("button", { name: "Send reset link" }).click();
    await expect(visitor.getByRole("status")).toBeVisible();
    await expectAccessible(visitor, "forgot password, sent");

    await visitor.goto(firstLink(await waitForMail(email, "Reset your")));
    await visitor.getByLabel("New password").fill("short");
    await visitor.getByRole("button", { name: "Set password" }).click();
    await expect(visitor.getByLabel("New password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
    await expectAccessible(visitor, "set a new password, too short");

    await visitor.goto("/reset-password/not-a-token");
    await expect(visitor.getByRole("link", { name: "Get a new link" })).toBeVisible();
    await expectAccessible(visitor, "reset link not valid");
    await visitor.goto("/verify-email/not-a-token");
    await expect(visitor.getByRole("link", { name: "Go to the console" })).toBeVisible();
    await expectAccessible(visitor, "verification link not valid");
  });
});
