import { expect, test, type Page } from "./fixtures/test";
import { FIXTURES, createScenario, goToScenarios, sceneIdOf, signIn, signUp } from "./helpers";

const NOT_SUPPORTED = "Custom policies are not supported for the WeChat Mini Program Native Plugin integration method.";
const LIMIT_RANGE = /Enter a whole number from 1 to 999,999,999\./;
const DAILY_BELOW_HOURLY = /The daily limit cannot be lower than the hourly limit\./;

/** Signs up, creates one scenario through the Scenarios page and returns its Scenario ID. */
async function withScenario(page: Page, name: string, method?: string) {
  await signUp(page);
  await goToScenarios(page);
  return sceneIdOf(await createScenario(page, { name, method, type: "Slider CAPTCHA" }));
}

async function goToPolicies(page: Page) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Custom Policy" }).click();
  await expect(page.getByRole("heading", { name: "Custom Policy", level: 1 })).toBeVisible();
}

const policyRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });
const policyTypeOf = (page: Page, name: string) => policyRow(page, name).getByRole("cell").nth(3);

/** The form's values by label: text for fields and selects, checked or not for the switches. */
type PolicyFormValues = Record<string, string | boolean>;

const DEFAULTS: PolicyFormValues = {
  Mode: "BASIC",
  "URL Verification": "",
  "IP Hourly Limit": "4000",
  "IP Daily Limit": "10000",
  "Device Hourly Limit": "150",
  "Device Daily Limit": "400",
  "Block Emulated Devices": true,
  "Block Simulated Clicks": false,
};

async function expectForm(page: Page, values: PolicyFormValues) {
  for (const [label, value] of Object.entries(values)) {
    const field = page.getByLabel(label);
    if (value === true) await expect(field).toBeChecked();
    else if (value === false) await expect(field).not.toBeChecked();
    else await expect(field).toHaveValue(value);
  }
}

const expectDefaults = (page: Page) => expectForm(page, DEFAULTS);

test("configure and save a custom policy, then restore the default from the list", async ({ page }) => {
  const sceneId = await withScenario(page, "policy_web");
  await goToPolicies(page);
  const row = policyRow(page, "policy_web");
  await expect(row.getByRole("cell").nth(1)).toContainText(sceneId);
  await expect(row).toContainText("Web/H5");
  await expect(policyTypeOf(page, "policy_web")).toHaveText("Default");

  await row.getByRole("link", { name: "Modify" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${sceneId}/policy$`));
  await expect(page.getByRole("heading", { name: "Configure Custom Policy" })).toBeVisible();
  await expect(page.getByText("Policy Type: Default")).toBeVisible();
  await expectDefaults(page);
  await expect(page.getByLabel("Mode")).toHaveAccessibleDescription(
    /balances user experience and security.*may cause some false positives/,
  );
  await expect(page.getByLabel("URL Verification")).toHaveAccessibleDescription(
    /www\.abc\.com matches www\.abc\.com\/a, www\.abc\.com\/a\/xxxx and www\.abc\.com\/b/,
  );

  await page.getByLabel("Mode").selectOption({ label: "Attack and Defense Mode" });
  await page.getByLabel("URL Verification").fill("www.abc.com");
  await page.getByLabel("IP Hourly Limit").fill("100");
  await page.getByLabel("IP Daily Limit").fill("1000");
  await page.getByLabel("Device Hourly Limit").fill("10");
  await page.getByLabel("Device Daily Limit").fill("50");
  await page.getByLabel("Block Emulated Devices").uncheck();
  await page.getByLabel("Block Simulated Clicks").check();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText("Policy Type: Custom")).toBeVisible();
  // The e2e server propagates changes after 120 seconds: the page says when this one applies.
  await expect(page.getByText(/Takes effect at \d\d:\d\d\. Until then the default policy stays in force\./)).toBeVisible();

  await page.reload();
  await expectForm(page, {
    Mode: "ATTACK_AND_DEFENSE",
    "URL Verification": "www.abc.com",
    "IP Hourly Limit": "100",
    "IP Daily Limit": "1000",
    "Device Hourly Limit": "10",
    "Device Daily Limit": "50",
    "Block Emulated Devices": false,
    "Block Simulated Clicks": true,
  });

  await goToPolicies(page);
  await expect(policyTypeOf(page, "policy_web")).toHaveText("Custom");
  await row.getByRole("button", { name: "Restore Default" }).click();
  const dialog = page.getByRole("dialog", { name: "Restore Default" });
  await expect(dialog).toContainText("Its custom settings are discarded");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
  await expect(policyTypeOf(page, "policy_web")).toHaveText("Default");
  // (Each Copy button has a status region of its own, so the notice is found by its text.)
  await expect(page.getByText(/The default policy of policy_web takes effect at \d\d:\d\d\./)).toBeVisible();

  await row.getByRole("link", { name: "Modify" }).click();
  await expect(page.getByText("Policy Type: Default")).toBeVisible();
  // The custom policy never reached its effective time, so the defaults are what stays in force.
  await expect(page.getByText(/Takes effect at \d\d:\d\d\. Until then the default policy stays in force\./)).toBeVisible();
  await expectDefaults(page);
});

test("restore the default from the scenario's policy page, after a confirmation", async ({ page }) => {
  const sceneId = await withScenario(page, "policy_page");
  await page.goto(`/scenarios/${sceneId}/policy`);
  await page.getByLabel("Device Daily Limit").fill("999999999");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Policy Type: Custom")).toBeVisible();

  await page.getByRole("button", { name: "Restore Default" }).click();
  const dialog = page.getByRole("dialog", { name: "Restore Default" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Policy Type: Custom")).toBeVisible();
  await expect(page.getByLabel("Device Daily Limit")).toHaveValue("999999999");

  await page.getByRole("button", { name: "Restore Default" }).click();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status")).toHaveText("The default policy is restored.");
  await expect(page.getByText("Policy Type: Default")).toBeVisible();
  await expectDefaults(page);

  await goToPolicies(page);
  await expect(policyTypeOf(page, "policy_page")).toHaveText("Default");
});

test("out-of-range limits and a daily limit below the hourly one are explained and not saved", async ({ page }) => {
  const sceneId = await withScenario(page, "policy_invalid");
  await page.goto(`/scenarios/${sceneId}/policy`);
  const save = page.getByRole("button", { name: "Save" });
  const ipHourly = page.getByLabel("IP Hourly Limit");
  const ipDaily = page.getByLabel("IP Daily Limit");
  const deviceHourly = page.getByLabel("Device Hourly Limit");
  const deviceDaily = page.getByLabel("Device Daily Limit");

  for (const value of ["0", "1000000000", "1.5", "lots", ""]) {
    await ipHourly.fill(value);
    await save.click();
    await expect(ipHourly).toHaveAccessibleDescription(LIMIT_RANGE);
    await expect(ipHourly).toHaveAttribute("aria-invalid", "true");
  }

  await ipHourly.fill("500");
  await ipDaily.fill("499");
  await deviceHourly.fill("20");
  await deviceDaily.fill("19");
  await save.click();
  await expect(ipDaily).toHaveAccessibleDescription(DAILY_BELOW_HOURLY);
  await expect(deviceDaily).toHaveAccessibleDescription(DAILY_BELOW_HOURLY);
  await expect(ipHourly).not.toHaveAttribute("aria-invalid", "true");

  await ipDaily.fill("500");
  await deviceDaily.fill("20");
  await page.getByLabel("URL Verification").fill("a".repeat(256));
  await save.click();
  await expect(page.getByLabel("URL Verification")).toHaveAccessibleDescription(/Use at most 255 characters\./);
  await expect(ipDaily).not.toHaveAttribute("aria-invalid", "true");

  await expect(page.getByText("Policy Type: Default")).toBeVisible();
  await goToPolicies(page);
  await expect(policyTypeOf(page, "policy_invalid")).toHaveText("Default");
  await policyRow(page, "policy_invalid").getByRole("link", { name: "Modify" }).click();
  await expectDefaults(page);
});

test("a WeChat Mini Program Native Plugin scenario cannot have a custom policy", async ({ page }) => {
  const sceneId = await withScenario(page, "policy_wechat", "WeChat Mini Program Native Plugin");
  await goToPolicies(page);
  const row = policyRow(page, "policy_wechat");
  await expect(policyTypeOf(page, "policy_wechat")).toHaveText("Default");
  await expect(row).toContainText(NOT_SUPPORTED);
  await expect(row.getByRole("link", { name: "Modify" })).toBeDisabled();
  await expect(row.getByRole("link", { name: "Modify" })).toHaveAccessibleDescription(NOT_SUPPORTED);
  await expect(row.getByRole("button", { name: "Restore Default" })).toBeDisabled();

  await page.goto(`/scenarios/${sceneId}/policy`);
  await expect(page.getByText(NOT_SUPPORTED, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Configure Custom Policy" })).toHaveCount(0);
  await expect(page.getByLabel("IP Hourly Limit")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
});

test("a save on top of someone else's change is refused with a reload", async ({ page, context }) => {
  const sceneId = await withScenario(page, "policy_contested");
  await page.goto(`/scenarios/${sceneId}/policy`);
  await expect(page.getByLabel("IP Hourly Limit")).toHaveValue("4000");

  const other = await context.newPage();
  await other.goto(`/scenarios/${sceneId}/policy`);
  await other.getByLabel("IP Hourly Limit").fill("3000");
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.getByText("Policy Type: Custom")).toBeVisible();

  await page.getByLabel("IP Hourly Limit").fill("2000");
  await page.getByRole("button", { name: "Save" }).click();
  // Next's route announcer is an alert region too: look inside the form's own region.
  await expect(page.getByRole("region", { name: "Configure Custom Policy" }).getByRole("alert")).toContainText("changed by someone else");
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByLabel("IP Hourly Limit")).toHaveValue("3000");
  await expect(page.getByText("Policy Type: Custom")).toBeVisible();
});

test("a viewer sees the policies read-only", async ({ page }) => {
  await page.goto("/policies");
  await signIn(page, FIXTURES.viewer);
  await expect(page.getByRole("heading", { name: "Custom Policy", level: 1 })).toBeVisible();
  const row = policyRow(page, FIXTURES.scenario);
  await expect(row.getByRole("cell").nth(3)).toHaveText(/Default|Custom/);
  await expect(row.getByRole("button", { name: "Restore Default" })).toHaveCount(0);

  await row.getByRole("link", { name: "View" }).click();
  await expect(page.getByRole("heading", { name: "Configure Custom Policy" })).toBeVisible();
  await expect(page.getByLabel("IP Hourly Limit")).toBeDisabled();
  await expect(page.getByLabel("Block Emulated Devices")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Restore Default" })).toHaveCount(0);
});
