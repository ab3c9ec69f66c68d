import { expect, test, type Page } from "./fixtures/test";
import { FIXTURES, createScenario, goToScenarios, openCreate, sceneIdOf, signIn, signUp } from "./helpers";

async function offeredTestResults(page: Page, type: string, challenge?: string) {
  const dialog = await openCreate(page);
  await dialog.getByLabel("Verification Type").selectOption({ label: type });
  if (challenge) await dialog.getByLabel("Additional Challenge").selectOption({ label: challenge });
  await dialog.getByLabel("Rule Status").selectOption({ label: "Test Mode" });
  const options = await dialog.getByLabel("Test Result").locator("option").allTextContents();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  return options.slice(1); // the first is the "Choose…" placeholder
}

const TYPES_WITH_RESULTS: { type: string; challenge?: string; results: string[] }[] = [
  { type: "One-click CAPTCHA", results: ["Pass Verification", "Fail Verification"] },
  { type: "Slider CAPTCHA", results: ["Pass Verification", "Fail Verification"] },
  { type: "Puzzle Verification", results: ["Pass Verification", "Fail Verification"] },
  { type: "Image Restoration", results: ["Pass Verification", "Fail Verification"] },
  {
    type: "Invisible CAPTCHA",
    challenge: "One-click CAPTCHA",
    results: [
      "Pass Invisible CAPTCHA",
      "Fail Invisible CAPTCHA and Pass Additional Challenge",
      "Fail Invisible CAPTCHA and Additional Challenge",
    ],
  },
  {
    type: "Invisible CAPTCHA",
    challenge: "Slider CAPTCHA",
    results: [
      "Pass Invisible CAPTCHA",
      "Fail Invisible CAPTCHA and Pass Additional Challenge",
      "Fail Invisible CAPTCHA and Additional Challenge",
    ],
  },
  { type: "Invisible CAPTCHA", challenge: "Puzzle Verification", results: ["Pass Invisible CAPTCHA", "Fail Invisible CAPTCHA"] },
  { type: "Invisible CAPTCHA", challenge: "Image Restoration", results: ["Pass Invisible CAPTCHA", "Fail Invisible CAPTCHA"] },
];

test("the empty state explains scenarios and creates one of each verification type", async ({ page }) => {
  await signUp(page);
  await goToScenarios(page);
  await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();
  await expect(page.getByText(/Start new scenarios in Test Mode/)).toBeVisible();

  const created = [
    { name: "login_slider", method: "Web/H5", type: "Slider CAPTCHA" },
    { name: "注册_一点", method: "Webview+H5 (for App/miniapp Integration)", type: "One-click CAPTCHA" },
    { name: "mini_puzzle", method: "WeChat Mini Program Native Plugin", type: "Puzzle Verification" },
    { name: "restore", type: "Image Restoration" },
    { name: "invisible_first", type: "Invisible CAPTCHA", challenge: "Image Restoration" },
  ];
  for (const scenario of created) {
    const row = await createScenario(page, scenario);
    await expect(row.getByRole("cell").nth(1)).toHaveText(/^[a-z0-9]{8}/);
    await expect(row).toContainText(scenario.type);
    await expect(row).toContainText(scenario.method ?? "Web/H5");
    await expect(row).toContainText("Official Release");
  }
  await expect(page.getByRole("row").filter({ hasText: "invisible_first" })).toContainText("Additional challenge: Image Restoration");
  // Newest first.
  await expect(page.getByRole("row").nth(1)).toContainText("invisible_first");
  await expect(page.getByText("5 scenarios · Page 1 of 1")).toBeVisible();
});

for (const { type, challenge, results } of TYPES_WITH_RESULTS) {
  test(`Test Mode offers exactly the seed's results for ${type}${challenge ? ` + ${challenge}` : ""}`, async ({ page }) => {
    await signUp(page);
    await goToScenarios(page);
    expect(await offeredTestResults(page, type, challenge)).toEqual(results);
    for (const [index, result] of results.entries()) {
      const row = await createScenario(page, { name: `test_mode_${index}`, type, challenge, testResult: result });
      await expect(row).toContainText("Test Mode");
      await expect(row).toContainText(result);
    }
  });
}

test("bad input is explained next to each field and creates nothing", async ({ page }) => {
  await signUp(page);
  await goToScenarios(page);
  const dialog = await openCreate(page);
  const name = dialog.getByLabel("Scenario Name");
  const ok = dialog.getByRole("button", { name: "OK" });

  await ok.click();
  await expect(name).toHaveAccessibleDescription(/Enter a scenario name\./);
  await name.fill("has space-and-hyphen");
  await ok.click();
  await expect(name).toHaveAccessibleDescription(/Use only Chinese characters, letters, digits and underscores \(_\)\./);
  await name.fill("a".repeat(33));
  await ok.click();
  await expect(name).toHaveAccessibleDescription(/Use at most 32 characters\./);

  await name.fill("valid_name");
  await dialog.getByLabel("Verification Type").selectOption({ label: "Invisible CAPTCHA" });
  await dialog.getByLabel("Rule Status").selectOption({ label: "Test Mode" });
  await ok.click();
  await expect(dialog.getByLabel("Additional Challenge")).toHaveAccessibleDescription(
    /Choose the additional challenge shown when the invisible check fails\./,
  );
  await expect(dialog.getByLabel("Test Result")).toHaveAccessibleDescription(/Choose the result that Test Mode returns\./);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();

  await createScenario(page, { name: "taken", type: "Slider CAPTCHA" });
  const again = await openCreate(page);
  await again.getByLabel("Scenario Name").fill("taken");
  await again.getByRole("button", { name: "OK" }).click();
  await expect(again.getByLabel("Scenario Name")).toHaveAccessibleDescription(/A scenario with this name already exists/);
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("1 scenario · Page 1 of 1")).toBeVisible();
});

test("copy the Scenario ID, search and filter", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  await goToScenarios(page);
  const row = await createScenario(page, { name: "copy_me", type: "Slider CAPTCHA" });
  await createScenario(page, { name: "other_one", type: "Puzzle Verification", testResult: "Pass Verification" });
  const sceneId = await sceneIdOf(row);

  await row.getByRole("button", { name: "Copy" }).click();
  await expect(row.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sceneId);

  await page.getByLabel("Search scenarios").fill(sceneId.slice(0, 5));
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row").nth(1)).toContainText("copy_me");
  await page.getByLabel("Search scenarios").fill("OTHER");
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row").nth(1)).toContainText("other_one");
  await page.getByLabel("Search scenarios").fill("");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Test Mode" });
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row").nth(1)).toContainText("other_one");
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Slider CAPTCHA" });
  await expect(page.getByText("No scenarios match these filters.")).toBeVisible();
});

test("modify a scenario but not its integration method; Official Release takes effect later", async ({ page }) => {
  await signUp(page);
  await goToScenarios(page);
  const row = await createScenario(page, {
    name: "to_modify",
    method: "Web/H5",
    type: "One-click CAPTCHA",
    testResult: "Pass Verification",
  });

  await row.getByRole("button", { name: "Modify" }).click();
  const dialog = page.getByRole("dialog", { name: "Modify Scenario" });
  await expect(dialog.getByLabel("Integration Method")).toBeDisabled();
  await expect(dialog.getByLabel("Integration Method")).toHaveValue("WEB_H5");
  await dialog.getByLabel("Scenario Name").fill("modified");
  await dialog.getByLabel("Verification Type").selectOption({ label: "Slider CAPTCHA" });
  await dialog.getByLabel("Rule Status").selectOption({ label: "Official Release" });
  await expect(dialog.getByLabel("Test Result")).toBeHidden();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog).toBeHidden();

  const modified = page.getByRole("row").filter({ hasText: "modified" });
  await expect(modified).toContainText("Slider CAPTCHA");
  await expect(modified).toContainText(/Official Release \(takes effect at \d\d:\d\d\)/);
});

test("a save on top of someone else's change is refused with a reload", async ({ page, context }) => {
  await signUp(page);
  await goToScenarios(page);
  const row = await createScenario(page, { name: "contested", type: "Slider CAPTCHA" });
  await row.getByRole("button", { name: "Modify" }).click();
  const mine = page.getByRole("dialog", { name: "Modify Scenario" });
  await expect(mine.getByLabel("Scenario Name")).toHaveValue("contested");

  const other = await context.newPage();
  await other.goto("/scenarios");
  await other.getByRole("row").filter({ hasText: "contested" }).getByRole("button", { name: "Modify" }).click();
  const theirs = other.getByRole("dialog", { name: "Modify Scenario" });
  await theirs.getByLabel("Scenario Name").fill("contested_by_them");
  await theirs.getByRole("button", { name: "OK" }).click();
  await expect(theirs).toBeHidden();

  await mine.getByLabel("Scenario Name").fill("contested_by_me");
  await mine.getByRole("button", { name: "OK" }).click();
  await expect(mine.getByRole("alert")).toContainText("changed by someone else");
  await mine.getByRole("button", { name: "Reload" }).click();
  await expect(mine.getByLabel("Scenario Name")).toHaveValue("contested_by_them");
});

test("delete through the Confirm Delete dialog", async ({ page }) => {
  await signUp(page);
  await goToScenarios(page);
  const row = await createScenario(page, { name: "doomed", type: "Slider CAPTCHA" });
  const sceneId = await sceneIdOf(row);

  await row.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm Delete" });
  await expect(dialog).toContainText("permanently deletes all historical data");
  const ok = dialog.getByRole("button", { name: "OK" });
  await expect(ok).toBeDisabled();
  await dialog.getByLabel("Scenario ID").fill(sceneId.slice(0, 7));
  await dialog.getByRole("checkbox").check();
  await expect(ok).toBeDisabled();
  await dialog.getByLabel("Scenario ID").fill(sceneId);
  await expect(ok).toBeEnabled();
  await ok.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();
});

test("a viewer sees the scenarios but no create, modify or delete controls", async ({ page }) => {
  await page.goto("/scenarios");
  await signIn(page, FIXTURES.viewer);
  await expect(page.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: FIXTURES.scenario });
  await expect(row).toBeVisible();
  await expect(row.getByRole("link", { name: "Integration Guide" })).toBeVisible();
  await expect(row.getByRole("link", { name: "Custom Policy" })).toBeVisible();
  await expect(row.getByRole("button", { name: "Modify" })).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create Scenario" })).toHaveCount(0);
});
