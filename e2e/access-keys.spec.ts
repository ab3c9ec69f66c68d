import { expect, test } from "./fixtures/test";
import { signUp } from "./helpers";
import { startBusinessSite } from "./runtime/business-site";
import { newScenario, query } from "./runtime/console-api";
import { openWithCaptcha, solve } from "./runtime/widget";

test("an access key is created in the console, its secret shown once, and a disabled key is refused", async ({ page, browser }) => {
  await signUp(page);
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Access Keys" }).click();
  await expect(page.getByRole("heading", { name: "Access Keys", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Create AccessKey" }).click();
  const dialog = page.getByRole("dialog", { name: "Create AccessKey" });
  await dialog.getByLabel("Description").fill("checkout service");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByText("it is shown only this once")).toBeVisible();
  const accessKeyId = (await dialog.getByLabel("AccessKey ID").textContent())!.replace("Copy", "").trim();
  const accessKeySecret = (await dialog.getByLabel("AccessKey Secret").textContent())!.replace("Copy", "").trim();
  expect(accessKeyId).toMatch(/^LTAI[A-Za-z0-9]{20}$/);
  expect(accessKeySecret.length).toBeGreaterThanOrEqual(30);
  await dialog.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row").filter({ hasText: accessKeyId });
  await expect(row).toContainText("checkout service");
  await expect(row).toContainText("Enabled");
  await expect(row.getByRole("cell").nth(3)).toHaveText("Never");
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: accessKeyId })).toBeVisible();
  await expect(page.getByText(accessKeySecret)).toHaveCount(0);

  // The key verifies a real token for a business site…
  const [organization] = await query<{ id: string; prefix: string }[]>(page, "organization.mine");
  const context = await newScenario(
    page,
    { organizationId: organization.id, prefix: organization.prefix, accessKeyId, accessKeySecret },
    { verificationType: "SLIDER" },
  );
  const site = await startBusinessSite({ context, page: "embed", accessKeyId, accessKeySecret });
  const visitor = await (await browser.newContext()).newPage();
  try {
    const signIn = () => visitor.waitForResponse((response) => response.url().endsWith("/api/sign-in"));
    let certifyId = await openWithCaptcha(visitor, site.url);
    let answer = signIn();
    await solve(visitor, "SLIDER", certifyId);
    expect(await (await answer).json()).toEqual({ passed: true, verifyCode: "T001" });
    await page.reload();
    await expect(row.getByRole("cell").nth(3)).not.toHaveText("Never");

    // …until it is disabled: Alibaba Cloud's error code, and the token is not used up.
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row).toContainText("Disabled");
    certifyId = await openWithCaptcha(visitor, site.url);
    answer = signIn();
    await solve(visitor, "SLIDER", certifyId);
    const refused = await answer;
    expect(refused.status()).toBe(502);
    expect((await refused.json()).error).toContain("InvalidAccessKeyId.Inactive");
    const token = (refused.request().postDataJSON() as { captchaVerifyParam: string }).captchaVerifyParam;

    await row.getByRole("button", { name: "Enable" }).click();
    await expect(row).toContainText("Enabled");
    expect(await site.verify(token)).toEqual({ passed: true, verifyCode: "T001" });
  } finally {
    await site.close();
  }

  await row.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete AccessKey" });
  await confirm.getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("row").filter({ hasText: accessKeyId })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Audit Log" }).click();
  for (const action of ["Create access key", "Disable access key", "Enable access key", "Delete access key"]) {
    await expect(page.getByRole("row").filter({ hasText: action }).first()).toBeVisible();
  }
  await expect(page.getByText(accessKeySecret)).toHaveCount(0);
});
