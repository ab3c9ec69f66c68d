import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures/test";
import { PASSWORD, uniqueEmail } from "./helpers";

// The Chinese pages pass the same axe rules as the English ones (e2e/accessibility.spec.ts).

/**
 * A person whose browser asks for Chinese works through the Scenarios, integration guide and
 * Custom Policy pages in Chinese, finding everything by its Chinese name. The scenario's name is
 * data and stays as typed.
 */
test("a Chinese browser creates a scenario, reads its 接入指引 and saves its 自定义策略, all in Chinese", async ({ browser, baseURL }) => {
  test.slow(); // four axe scans besides the path itself
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();

  // Signed up through the English form (the cookie the language switcher sets), so this test does
  // not depend on the sign-up page's wording; then the cookie goes and Accept-Language decides.
  await context.addCookies([{ name: "console-language", value: "en", url: baseURL! }]);
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(uniqueEmail("zh-scenarios"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible({ timeout: 30_000 });
  await context.clearCookies({ name: "console-language" });

  await page.reload();
  await page.getByRole("navigation", { name: "控制台" }).getByRole("link", { name: "场景管理" }).click();
  await expect(page.getByRole("heading", { name: "场景管理", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "暂无场景" })).toBeVisible();

  // Create Scenario, through the Chinese form.
  await page.getByRole("button", { name: "新建场景" }).first().click();
  const dialog = page.getByRole("dialog", { name: "新建场景" });
  await dialog.getByLabel("场景名称").fill("登录_checkout");
  await expect(dialog.getByLabel("接入方式")).toHaveAccessibleDescription(/创建后不可修改/);
  await dialog.getByLabel("验证码形态").selectOption({ label: "无痕验证" });
  await expect(dialog.getByLabel("验证码形态")).toHaveAccessibleDescription(/仅支持弹出式/);
  await dialog.getByLabel("二次验证").selectOption({ label: "滑块验证" });
  await dialog.getByLabel("策略状态").selectOption({ label: "测试" });
  await dialog.getByLabel("测试结果").selectOption({ label: "无痕验证不通过，二次验证通过" });
  await expectAccessible(page, "新建场景");
  await dialog.getByRole("button", { name: "确定" }).click();
  await expect(dialog).toBeHidden();

  // Listed with Chinese column headers and names of its settings; the name as typed.
  for (const column of ["场景名称", "场景ID", "接入方式", "验证码形态", "策略状态", "创建时间", "操作"]) {
    await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  }
  const row = page.getByRole("row").filter({ hasText: "登录_checkout" });
  const cells = row.getByRole("cell");
  await expect(cells.nth(0)).toHaveText("登录_checkout");
  await expect(cells.nth(2)).toHaveText("Web/H5");
  await expect(cells.nth(3)).toHaveText("无痕验证二次验证：滑块验证");
  await expect(cells.nth(4)).toHaveText("测试无痕验证不通过，二次验证通过");
  // The date is written the Chinese way (2026/11/29 15:04:05).
  await expect(cells.nth(5)).toHaveText(/^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/);
  await expectAccessible(page, "场景管理");
  const sceneId = /^[a-z0-9]{8}/.exec((await cells.nth(1).textContent()) ?? "")![0];

  // The filters, by their Chinese names.
  await page.getByLabel("形态").selectOption({ label: "一点即过" });
  await expect(page.getByText("没有符合筛选条件的场景。")).toBeVisible();
  await page.getByLabel("形态").selectOption({ label: "无痕验证" });
  await expect(row).toBeVisible();

  // Its integration guide.
  await row.getByRole("link", { name: "接入指引" }).click();
  await expect(page.getByRole("heading", { name: "接入指引", level: 1 })).toBeVisible();
  for (const step of ["1. 准备工作", "2. 客户端接入", "3. 服务端验证", "4. 测试"]) {
    await expect(page.getByRole("heading", { name: step })).toBeVisible();
  }
  const popup = page.getByRole("figure", { name: "弹出式（popup）" });
  await expect(popup).toContainText(`SceneId: "${sceneId}"`);
  await expect(popup).toContainText('language: "cn", // 不设置时组件显示中文（"cn"），与阿里云一致');
  await expect(page.getByRole("region", { name: "4. 测试" })).toContainText("T005");
  await expect(page.getByRole("table", { name: "验证结果码（Result.VerifyCode）" })).toContainText("验证通过。");
  await expectAccessible(page, "接入指引");

  // Its custom policy: one setting changed and saved.
  await page.getByRole("link", { name: "← 场景管理" }).click();
  await row.getByRole("link", { name: "自定义策略" }).click();
  await expect(page.getByRole("heading", { name: "自定义策略", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "配置自定义策略" })).toBeVisible();
  await expect(page.getByText("策略类型：默认")).toBeVisible();
  await expect(page.getByLabel("IP每小时上限")).toHaveAccessibleDescription("1–999,999,999 次验证请求。默认：4,000。");
  await page.getByLabel("模式").selectOption({ label: "攻防模式" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await expect(page.getByText("策略类型：自定义")).toBeVisible();
  await expect(page.getByText(/将于 \d\d:\d\d 生效。在此之前，默认策略继续有效。/)).toBeVisible();
  await expectAccessible(page, "自定义策略");

  // And the Custom Policy list says so.
  await page.getByRole("navigation", { name: "控制台" }).getByRole("link", { name: "自定义策略" }).click();
  const policyRow = page.getByRole("row").filter({ hasText: "登录_checkout" });
  await expect(policyRow.getByRole("cell").nth(3)).toHaveText("自定义");
  await expect(policyRow.getByRole("link", { name: "修改" })).toBeVisible();

  // The audit log names the settings' values in Chinese too (the newest entry: the policy).
  await page.getByRole("navigation", { name: "控制台" }).getByRole("link", { name: "操作审计" }).click();
  await page.getByRole("table", { name: "审计记录" }).getByRole("row").nth(1).getByRole("button", { name: "查看变更" }).click();
  await expect(page.getByRole("row", { name: /模式/ }).first()).toContainText("攻防模式");
  await context.close();
});
