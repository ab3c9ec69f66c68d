import { expectAccessible } from "./axe";
import { expect, test, type Page } from "./fixtures/test";
import { FIXTURES, PASSWORD, createScenario, goToScenarios, openCreate, sceneIdOf, signIn, signUp, uniqueEmail } from "./helpers";

/**
 * Every page of the console, in the states people meet (empty, filled, dialogs open, errors shown),
 * passes axe's WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, contrast included. A page is
 * scanned once it shows its content; every page is scanned even after one fails, and each failure
 * names the page, the rule, the elements and what is wrong with them. A scan takes seconds on a
 * busy machine, and each test makes several: all are marked slow.
 */
const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Console" }).getByRole("link", { name });
async function open(page: Page, name: string) {
  await nav(page, name).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("sign-in, sign-up and an invitation that is not valid, with their error messages", async ({ page }) => {
  test.slow();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page, "sign-in");
  await signIn(page, uniqueEmail("nobody"), PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expectAccessible(page, "sign-in, wrong email or password");

  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
  await expectAccessible(page, "sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expectAccessible(page, "sign-up, invalid input");

  await page.goto("/invite/not-a-token");
  await expect(page.getByRole("heading", { name: "Invitation", level: 1 })).toBeVisible();
  await expectAccessible(page, "invitation, not valid");
});

test("overview, and scenarios with their dialogs, Test Mode among them", async ({ page }) => {
  test.slow();
  await signUp(page);
  await expectAccessible(page, "overview");

  await goToScenarios(page);
  await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();
  await expectAccessible(page, "scenarios, none yet");

  const dialog = await openCreate(page);
  await expectAccessible(page, "create scenario form");
  await dialog.getByLabel("Verification Type").selectOption({ label: "Invisible CAPTCHA" });
  await dialog.getByLabel("Rule Status").selectOption({ label: "Test Mode" });
  await expect(dialog.getByLabel("Test Result")).toBeVisible();
  await expectAccessible(page, "create scenario form, Test Mode");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByLabel("Scenario Name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "create scenario form, invalid input");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  const web = await createScenario(page, { name: "web_test_mode", type: "Puzzle Verification", testResult: "Pass Verification" });
  await expectAccessible(page, "scenarios list");

  await web.getByRole("button", { name: "Modify" }).click();
  const modify = page.getByRole("dialog", { name: "Modify Scenario" });
  await modify.getByLabel("Rule Status").selectOption({ label: "Official Release" });
  await expect(modify).toContainText("takes effect after a propagation delay");
  await expectAccessible(page, "modify scenario form");
  await modify.getByRole("button", { name: "Cancel" }).click();
  await web.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Confirm Delete" });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, "delete scenario confirmation");
  await confirm.getByRole("button", { name: "Cancel" }).click();
});

test("custom policies: the list, a scenario's policy, its errors and Restore Default", async ({ page }) => {
  test.slow();
  await signUp(page);
  await goToScenarios(page);
  const sceneId = await sceneIdOf(await createScenario(page, { name: "web_checkout", type: "Slider CAPTCHA" }));
  // A method without custom policies: its row's Modify is disabled, with the reason.
  await createScenario(page, { name: "wechat_plugin", method: "WeChat Mini Program Native Plugin", type: "One-click CAPTCHA" });

  await open(page, "Custom Policy");
  await expectAccessible(page, "custom policies list");
  await page.goto(`/scenarios/${sceneId}/policy`);
  await expect(page.getByRole("heading", { name: "Configure Custom Policy" })).toBeVisible();
  await expectAccessible(page, "custom policy of a scenario");
  await page.getByLabel("Device Daily Limit").fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Device Daily Limit")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "custom policy, invalid input");
  await page.getByRole("button", { name: "Restore Default" }).click();
  await expect(page.getByRole("dialog", { name: "Restore Default" })).toBeVisible();
  await expectAccessible(page, "restore default policy confirmation");
});

test("the integration guide of each integration method, in Test Mode and in Official Release", async ({ page }) => {
  test.slow(); // the guides are long pages: their scans take longest
  await signUp(page);
  await goToScenarios(page);
  const scenarios = [
    { name: "web_test_mode", type: "Puzzle Verification", testResult: "Pass Verification" },
    { name: "app_webview", method: "Webview+H5 (for App/miniapp Integration)", type: "Slider CAPTCHA" },
    { name: "wechat_plugin", method: "WeChat Mini Program Native Plugin", type: "Invisible CAPTCHA", challenge: "Image Restoration" },
  ];
  for (const scenario of scenarios) await createScenario(page, scenario);
  for (const { name } of scenarios) {
    await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "Integration Guide" }).click();
    await expect(page.getByRole("heading", { name: "4. Testing" })).toBeVisible();
    await expectAccessible(page, `integration guide of ${name}`);
    await goToScenarios(page);
  }
});

test("access keys, members and invitations, audit log and profile", async ({ page, browser }) => {
  test.slow();
  await signUp(page);

  await open(page, "Access Keys");
  await expectAccessible(page, "access keys, none yet");
  await page.getByRole("button", { name: "Create AccessKey" }).click();
  const dialog = page.getByRole("dialog", { name: "Create AccessKey" });
  await expectAccessible(page, "create access key form");
  await dialog.getByLabel("Description").fill("checkout service");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByText("it is shown only this once")).toBeVisible();
  await expectAccessible(page, "new access key's secret");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("row").filter({ hasText: "checkout service" })).toBeVisible();
  await expectAccessible(page, "access keys list");

  await open(page, "Members");
  await expectAccessible(page, "members");
  const invite = page.getByRole("region", { name: "Invite member" });
  const invitee = uniqueEmail("invitee");
  await invite.getByLabel("Email").fill(invitee);
  await invite.getByLabel("Role").selectOption({ label: "Member" });
  await invite.getByRole("button", { name: "Invite member" }).click();
  await expect(invite.getByRole("status")).toContainText(`Invitation for ${invitee} created`);
  const link = (await invite.getByLabel("Invitation link").textContent())!.trim();
  await expectAccessible(page, "members, invitation created");

  // The invitation as its invitee sees it (signed out), and as someone signed in with another email.
  const visitor = await browser.newPage();
  await visitor.goto(link);
  await expect(visitor.getByText(`invited ${invitee} to join`)).toBeVisible();
  await expectAccessible(visitor, "invitation, signed out");
  await visitor.close();
  await page.goto(link);
  await expect(page.getByText(`invited ${invitee} to join`)).toBeVisible();
  await expectAccessible(page, "invitation, signed in with another email");

  await page.goto("/overview");
  await open(page, "Audit Log");
  await expect(page.getByRole("table", { name: "Audit entries" }).getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page, "audit log");
  await page.getByRole("table", { name: "Audit entries" }).getByRole("button", { name: "Show changes" }).first().click();
  await expectAccessible(page, "audit log, changes shown");

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await expectAccessible(page, "profile");
});

test("what a viewer sees: read-only scenarios and policy, and the pages only owners and admins use", async ({ page }) => {
  test.slow();
  await page.goto("/scenarios");
  await signIn(page, FIXTURES.viewer);
  await expect(page.getByRole("row").filter({ hasText: FIXTURES.scenario })).toBeVisible();
  await expectAccessible(page, "scenarios, read-only");
  await page.getByRole("row").filter({ hasText: FIXTURES.scenario }).getByRole("link", { name: "Custom Policy" }).click();
  await expect(page.getByLabel("IP Hourly Limit")).toBeDisabled();
  await expectAccessible(page, "custom policy, read-only");
  await open(page, "Members");
  await expectAccessible(page, "members, as a viewer");
  // Not in a viewer's navigation; what their addresses answer must be accessible too.
  for (const [path, name] of [
    ["/access-keys", "Access Keys"],
    ["/audit-log", "Audit Log"],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expectAccessible(page, `${name.toLowerCase()}, as a viewer`);
  }
});
