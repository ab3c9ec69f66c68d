import { expect, test } from "./fixtures/test";
import { PASSWORD, signIn, signInWithApi, signUp, signUpThroughForm, uniqueEmail } from "./helpers";

/** What a probe of the running console found, closed: each case as an attacker would try it. */

// Browsers drop tab, CR and LF from URLs and read "\" as "/": each of these turns "/x/evil.example"
// into "//evil.example", another site, unless the server refuses it.
const RETURN_PATH_ATTACKS = [
  "%2F%09%2Fevil.example",
  "%2F%0A%2Fevil.example",
  "%2F%0D%2Fevil.example",
  "%2F%09%5Cevil.example",
  "%2F%5Cevil.example",
  "%2F%2Fevil.example",
];

test("after signing in or up, only paths on this site come back", async ({ page, baseURL }) => {
  test.slow(); // a sign-in for each attack
  const email = await signUp(page);
  for (const attack of RETURN_PATH_ATTACKS) {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`/sign-in?callbackUrl=${attack}`);
    await signIn(page, email);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    expect(new URL(page.url()).origin, attack).toBe(new URL(baseURL!).origin);
  }
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/sign-up?callbackUrl=${RETURN_PATH_ATTACKS[0]}`);
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("signing out ends the session on the server: a copied cookie no longer works", async ({ page, context, browser }) => {
  await signUp(page);
  const copied = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/overview");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("Profile: the list of sessions, signing another browser out, a password change, and Sign out everywhere", async ({
  page,
  browser,
}) => {
  test.slow(); // five browsers sign in
  const email = await signUp(page);
  // Another browser signs in (with the sign-in form's own call: the form is not what this tests).
  const openElsewhere = async () => {
    const other = await (await browser.newContext()).newPage();
    await signInWithApi(other, email);
    await other.goto("/overview");
    await expect(other.getByRole("heading", { name: "Overview" })).toBeVisible();
    return other;
  };
  const stillSignedIn = async (other: typeof page) => {
    await other.goto("/overview");
    return !/\/sign-in/.test(other.url());
  };

  const laptop = await openElsewhere();
  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  const sessions = page.getByRole("region", { name: "Where you are signed in" }).getByRole("row");
  await expect(sessions).toHaveCount(3); // header + two browsers
  await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
  await page
    .getByRole("region", { name: "Where you are signed in" })
    .getByRole("button", { name: /^Sign out .*\(/ })
    .click();
  await expect(sessions).toHaveCount(2);
  expect(await stillSignedIn(laptop)).toBe(false);

  const phone = await openElsewhere();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("another long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  expect(await stillSignedIn(phone)).toBe(false);
  expect(await stillSignedIn(page)).toBe(true);

  const tablet = await openElsewhere().catch(() => null);
  expect(tablet).toBeNull(); // the old password no longer signs in
  const other = await (await browser.newContext()).newPage();
  await other.goto("/sign-in");
  await signIn(other, email, "another long password");
  await expect(other.getByRole("heading", { name: "Overview" })).toBeVisible();

  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await stillSignedIn(other)).toBe(false);
});

test("console pages carry a nonce-based Content-Security-Policy and refuse to be framed, and still work", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  const scripts = /script-src ([^;]*)/.exec(policy)![1];
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // A fresh nonce for every page.
  const again = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(policy);
  // The page is interactive under the policy: signing up works and nothing was blocked.
  await signUpThroughForm(page);
  expect(violations).toEqual([]);
  // The client script stays loadable from customers' pages.
  const script = await page.request.get("/captcha/AliyunCaptcha.js");
  expect(script.headers()["access-control-allow-origin"]).toBe("*");
  expect(script.headers()["x-frame-options"]).toBeUndefined();
});

test("the sign-in limit counts the client address a trusted proxy saw, not what the client wrote", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const attempt = async (forwardedFor: string, email: string) => {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "wrong password!", json: "true" },
      headers: { "x-forwarded-for": forwardedFor },
    });
    return decodeURIComponent((await response.json()).url ?? "");
  };
  // The attacker writes a new first entry each time; the proxy appends the address it saw.
  for (let i = 0; i < 30; i++) expect(await attempt(`6.6.${i}.1, 10.200.0.1`, uniqueEmail())).toContain("Wrong email or password");
  expect(await attempt("6.6.99.1, 10.200.0.1", uniqueEmail())).toContain("Too many failed sign-in attempts");
  expect(await attempt("10.200.0.2", uniqueEmail())).toContain("Wrong email or password");
  await api.dispose();
});

test("a sign-in form submitted before its script has loaded never puts the password in the address", async ({ browser, baseURL }) => {
  // Without the script (still loading, or blocked), the browser would submit the form itself.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await page.getByLabel("Email").fill("someone@example.com");
    await page.getByLabel("Password", { exact: true }).fill("a secret password");
    await expect(page.getByRole("button", { name: /Sign in|Create account/ })).toBeDisabled();
    await page.getByLabel("Password", { exact: true }).press("Enter");
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain("password");
    expect(page.url()).not.toContain("secret");
  }
  await context.close();
});
