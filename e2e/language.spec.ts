import { expect, test } from "./fixtures/test";
import { PASSWORD, uniqueEmail } from "./helpers";

const consoleNavigation = (page: import("@playwright/test").Page, name: string) => page.getByRole("navigation", { name });

test("the console follows the browser's language at first, then the person's own choice, on every browser", async ({ browser }) => {
  // A browser that asks for Chinese.
  const chinese = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  const email = uniqueEmail("lang");
  await chinese.goto("/sign-up");
  // The sign-up page already speaks Chinese.
  await chinese.getByLabel("邮箱").fill(email);
  await chinese.getByLabel("密码").fill(PASSWORD);
  await chinese.getByRole("button", { name: "创建账号" }).click();
  await expect(chinese.getByRole("heading", { name: "概览", level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(chinese.locator("html")).toHaveAttribute("lang", "zh-CN");
  const navigation = consoleNavigation(chinese, "控制台");
  for (const link of ["概览", "场景管理", "自定义策略", "AccessKey", "成员", "操作审计"]) {
    await expect(navigation.getByRole("link", { name: link })).toBeVisible();
  }
  await expect(chinese.getByLabel("当前登录")).toContainText("(所有者)");

  // The person switches to English: saved on the account.
  await chinese.getByLabel("语言").selectOption({ label: "English" });
  await expect(chinese.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(consoleNavigation(chinese, "Console").getByRole("link", { name: "Scenarios" })).toBeVisible();
  await chinese.reload();
  await expect(chinese.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

  // Another browser asking for Chinese: once signed in, the person's English wins.
  const other = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await other.goto("/sign-in");
  await other.getByLabel("邮箱").fill(email);
  await other.getByLabel("密码").fill(PASSWORD);
  await other.getByRole("button", { name: "登录", exact: true }).click();
  await expect(other.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible({ timeout: 30_000 });

  // And back to Chinese, with numbers and the chart's names in Chinese.
  await other.getByLabel("Language").selectOption({ label: "简体中文" });
  await expect(other.getByRole("heading", { name: "概览", level: 1 })).toBeVisible();
  await expect(other.getByRole("heading", { name: "今日概况" })).toBeVisible();
  await expect(other.getByText("初始化请求量").first()).toBeVisible();
});

test("an English browser sees English until the person chooses", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(uniqueEmail("english"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Language")).toHaveValue("en");
});
