import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { PASSWORD, addAccount, signUp, uniqueEmail } from "./helpers";
import { firstLink, waitForMail } from "./mail";
import { CONNECTED_URL, SSO_ONLY_URL } from "./ports";
import { addProviderAccount, signInWithSso } from "./sso-helpers";

// Single sign-on against a real OpenID Connect provider on loopback (scripts/e2e-outside.mjs).
// The connected app has OIDC_* configured; the SSO-only app also has OIDC_ONLY=true.
test.describe("with single sign-on configured", () => {
  test.use({ baseURL: CONNECTED_URL });

  async function signOut(page: Page) {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  test("the first sign-in with SSO creates an account and its organization", async ({ page }) => {
    const email = uniqueEmail("sso-new");
    const username = await addProviderAccount(email, false);
    await page.goto("/sign-in");
    await signInWithSso(page, username);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Signed in as")).toContainText(email);
    await expect(page.getByLabel("Signed in as")).toContainText("Owner");
    // Its one organization, named like sign-up names it.
    await expect(page.getByRole("banner").getByText(`${email.split("@")[0]}'s organization`)).toBeVisible();

    // Signing out ends the session; signing in again finds the account by the provider's subject.
    // The provider still has its own session, so it sends the browser straight back.
    await signOut(page);
    await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Signed in as")).toContainText(email);
  });

  test("an existing password account is linked when the provider verified its email", async ({ page }) => {
    // A password account, and a browser that is signed out.
    const email = await addAccount(page, uniqueEmail("sso-verified"));
    await page.goto("/sign-in");
    const username = await addProviderAccount(email, true);
    await signInWithSso(page, username);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Signed in as")).toContainText(email);
    // The same account, with the organization sign-up gave it (a new account could not take the email).
    await expect(page.getByRole("banner").getByText(`${email.split("@")[0]}'s organization`)).toBeVisible();

    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit Log" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Link single sign-on" })).toBeVisible();
  });

  test("an existing password account is not linked when the provider did not verify the email", async ({ page }) => {
    // A password account, and a browser that is signed out.
    const email = await addAccount(page, uniqueEmail("sso-unverified"));
    await page.goto("/sign-in");
    const username = await addProviderAccount(email, false);
    await signInWithSso(page, username);
    await expect(page.getByRole("alert")).toContainText("the single sign-on provider has not verified that the email is yours");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    // The password still opens the account.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
  });

  test("an organization that requires SSO asks a member signed in with a password to use SSO, then opens", async ({ page, browser }) => {
    // Two people, two sign-ups and two trips to the provider: longer than one test's usual minute.
    test.setTimeout(150_000);
    // The owner signs in with SSO (required before requiring it) and turns the requirement on.
    const ownerEmail = uniqueEmail("sso-owner");
    await page.goto("/sign-in");
    await signInWithSso(page, await addProviderAccount(ownerEmail, true));
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Members" }).click();
    const sso = page.getByRole("region", { name: "Single sign-on" });
    // A box ticked before React has hydrated the form is unticked again by it (and Save stays
    // disabled): tick until the form has taken it.
    await expect(async () => {
      await sso.getByLabel("Require single sign-on").check();
      await expect(sso.getByRole("button", { name: "Save" })).toBeEnabled({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await sso.getByRole("button", { name: "Save" }).click();
    await expect(sso.getByRole("status")).toHaveText("Saved.");

    const memberEmail = uniqueEmail("sso-member");
    const form = page.getByRole("region", { name: "Invite member" });
    await form.getByLabel("Email").fill(memberEmail);
    await form.getByLabel("Role").selectOption({ label: "Member" });
    await form.getByRole("button", { name: "Invite member" }).click();
    await expect(form.getByRole("status")).toContainText(`Invitation for ${memberEmail} created`);
    const link = (await form.getByLabel("Invitation link").textContent())!.trim();

    // The member has a password account and accepts the invitation with it.
    const member = await (await browser.newContext({ baseURL: CONNECTED_URL })).newPage();
    await signUp(member, memberEmail);
    // This app sends email, so an account verifies its email before it may accept an invitation.
    await member.goto(firstLink(await waitForMail(memberEmail, "Verify your email")));
    await member.goto(link);
    await member.getByRole("button", { name: "Accept invitation" }).click();
    await expect(member.getByRole("heading", { name: "This organization requires single sign-on" })).toBeVisible();
    await expect(member.getByRole("heading", { name: "Scenarios", level: 1 })).toHaveCount(0);

    // After signing in with SSO (the provider verified the email: the account is linked) it opens.
    await signInWithSso(member, await addProviderAccount(memberEmail, true));
    await expect(member.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(member.getByLabel("Signed in as")).toContainText(memberEmail);
    await expect(member.getByLabel("Signed in as")).toContainText("(Member)");
    await expect(member.getByRole("heading", { name: "This organization requires single sign-on" })).toHaveCount(0);
  });
});

test.describe("with OIDC_ONLY", () => {
  test.use({ baseURL: SSO_ONLY_URL });

  test("there is no password form and no sign-up; SSO signs in", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in with Test SSO" })).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveCount(0);

    await page.goto("/sign-up");
    await expect(page.getByText("Creating an account with a password is turned off here.")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveCount(0);

    const email = uniqueEmail("sso-only");
    await signInWithSso(page, await addProviderAccount(email, true));
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Signed in as")).toContainText(email);
  });

  test("the password endpoints refuse, even when called directly", async ({ page }) => {
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    const signIn = await page.request.post("/api/auth/callback/credentials", {
      form: { email: "owner@fixtures.test", password: PASSWORD, csrfToken, json: "true" },
    });
    const { url } = await signIn.json();
    expect(decodeURIComponent(new URL(url).searchParams.get("error") ?? "")).toContain("Sign-in with a password is turned off here");
    const me = await (await page.request.get("/api/auth/session")).json();
    expect(me).toEqual({});

    const signUp = await page.request.post("/api/trpc/account.signUp", {
      data: { json: { email: uniqueEmail("refused"), password: "long enough password" } },
    });
    expect(signUp.status()).toBe(403);
    expect(await signUp.text()).toContain("Creating an account with a password is turned off here.");
  });
});
