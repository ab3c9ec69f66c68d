import { expect, test } from "./fixtures/test";
import { PASSWORD, uniqueEmail } from "./helpers";

/** A date and time as Chinese shows it: 2026/11/29 15:08:15 (English has 11/29/2026, 3:08:15 PM). */
const CHINESE_DATE_TIME = /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/;

test("a Chinese browser signs up, invites a member, creates an access key, reads the audit log and creates an alert rule, in Chinese", async ({
  browser,
}) => {
  test.slow(); // a whole path through the console
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  const email = uniqueEmail("team-zh");
  const navigation = page.getByRole("navigation", { name: "控制台" });

  // Sign-up, in Chinese from the first page.
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "创建账号", level: 1 })).toBeVisible();
  await expect(page.getByLabel("语言")).toHaveValue("zh-CN");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(PASSWORD);
  await expect(page.getByText("至少 10 个字符。")).toBeVisible();
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByRole("heading", { name: "概览", level: 1 })).toBeVisible({ timeout: 30_000 });

  // 成员: invite a teammate.
  const teammate = uniqueEmail("teammate-zh");
  await navigation.getByRole("link", { name: "成员" }).click();
  await expect(page.getByRole("heading", { name: "成员", level: 1 })).toBeVisible();
  const form = page.getByRole("region", { name: "邀请成员" });
  await form.getByLabel("邮箱").fill(teammate);
  await form.getByLabel("角色").selectOption({ label: "只读成员" });
  await form.getByRole("button", { name: "邀请成员" }).click();
  await expect(form.getByRole("status")).toContainText(`已为 ${teammate} 创建邀请`);
  const link = (await form.getByLabel("邀请链接").textContent())!.trim();
  expect(link).toContain("/invite/");
  const pending = page.getByRole("region", { name: "待接受的邀请" });
  await expect(pending.getByRole("columnheader", { name: "邀请人" })).toBeVisible();
  await expect(pending.getByRole("row").filter({ hasText: teammate })).toContainText("只读成员");
  await expect(page.getByRole("row").filter({ hasText: email }).first()).toContainText("（您）");

  // The teammate, in a Chinese browser too, reads what joining means and joins.
  const invited = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: "邀请", level: 1 })).toBeVisible();
  await expect(invited.getByText(`${email} 邀请 ${teammate} 以只读成员身份加入`)).toBeVisible();
  await expect(invited.getByRole("list", { name: "作为只读成员，您将可以：" }).getByRole("listitem").first()).toHaveText(
    "查看组织及其成员",
  );
  await invited.getByRole("link", { name: "创建账号" }).click();
  await invited.getByLabel("邮箱").fill(teammate);
  await invited.getByLabel("密码").fill(PASSWORD);
  await invited.getByRole("button", { name: "创建账号" }).click();
  await invited.getByRole("button", { name: "接受邀请" }).click();
  // Joined: the console opens on the organization's scenarios (that page's own texts are another part of the work).
  await expect(invited).toHaveURL(/\/scenarios$/, { timeout: 30_000 });
  await expect(invited.getByRole("navigation", { name: "控制台" }).getByRole("link", { name: "场景管理" })).toBeVisible();
  await invited.context().close();

  // AccessKey: create one; its secret is shown once.
  await navigation.getByRole("link", { name: "AccessKey" }).click();
  await expect(page.getByRole("heading", { name: "AccessKey", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "创建 AccessKey" }).click();
  const dialog = page.getByRole("dialog", { name: "创建 AccessKey" });
  await dialog.getByLabel("描述").fill("结算服务");
  await dialog.getByRole("button", { name: "确定" }).click();
  await expect(dialog.getByText("它只显示这一次")).toBeVisible();
  const accessKeyId = (await dialog.getByLabel("AccessKey ID").textContent())!.replace("复制", "").trim();
  await dialog.getByRole("button", { name: "完成" }).click();
  const keyRow = page.getByRole("row").filter({ hasText: accessKeyId });
  await expect(keyRow).toContainText("结算服务");
  await expect(keyRow).toContainText("已启用");
  await expect(keyRow.getByRole("cell").nth(2)).toHaveText(CHINESE_DATE_TIME);
  await expect(keyRow.getByRole("cell").nth(3)).toHaveText("从未");

  // 操作审计: the entries with Chinese action names and Chinese dates.
  await navigation.getByRole("link", { name: "操作审计" }).click();
  await expect(page.getByRole("heading", { name: "操作审计", level: 1 })).toBeVisible();
  const log = page.getByRole("table", { name: "审计记录" });
  for (const column of ["时间", "操作人", "操作", "对象"]) {
    await expect(log.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  const keyEntry = log.getByRole("row").filter({ hasText: "创建 AccessKey" });
  await expect(keyEntry).toContainText(accessKeyId);
  await expect(keyEntry.getByRole("cell").first()).toHaveText(CHINESE_DATE_TIME);
  const inviteEntry = log.getByRole("row").filter({ hasText: "邀请成员" });
  await expect(inviteEntry).toContainText(teammate);
  await inviteEntry.getByRole("button", { name: "查看变更" }).click();
  const changes = page.getByRole("table", { name: `变更：邀请成员 ${teammate}` });
  await expect(changes.getByRole("columnheader", { name: "变更后" })).toBeVisible();
  await expect(changes.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "角色" }) })).toContainText("只读成员");
  await expect(
    changes
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "过期时间" }) })
      .getByRole("cell")
      .last(),
  ).toHaveText(CHINESE_DATE_TIME);
  // The filter offers the actions by their Chinese names.
  await page.getByLabel("操作", { exact: true }).selectOption({ label: "创建 AccessKey" });
  await expect(log.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("navigation", { name: "分页" })).toContainText("共 1 条记录 · 第 1/1 页");

  // 报警设置: an email alert rule on the glossary's metric.
  await navigation.getByRole("link", { name: "报警设置" }).click();
  await expect(page.getByRole("heading", { name: "报警设置", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "创建报警规则" }).click();
  const rule = page.getByRole("dialog", { name: "创建报警规则" });
  await rule.getByLabel("规则名称").fill("拦截激增");
  await rule.getByLabel("指标").selectOption({ label: "拦截率" });
  await rule.getByLabel("时间窗口").selectOption({ label: "最近24小时" });
  await expect(rule.getByLabel("通知方式")).toHaveValue("EMAIL");
  await rule.getByLabel("阈值（%）").fill("40");
  await rule.getByRole("checkbox", { name: email }).check();
  await rule.getByRole("button", { name: "保存" }).click();
  await expect(rule).toBeHidden();
  const card = page.getByRole("region", { name: "拦截激增" });
  await expect(card).toContainText("全部场景：最近24小时拦截率 ≥ 40%");
  await expect(card).toContainText("邮件通知 1 位成员");
  await expect(card).toContainText("已开启");
  await expect(card.getByRole("button", { name: "发送测试通知" })).toBeVisible();
});

test("a visitor chooses the sign-in page's language with the switcher, and the choice is kept", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "简体中文" });
  await expect(page.getByRole("heading", { name: "登录", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByLabel("邮箱")).toBeVisible();
  await expect(page.getByRole("link", { name: "忘记密码？" })).toBeVisible();

  // Kept in this browser (a cookie), on the other pages before sign-in too.
  await page.getByRole("link", { name: "创建账号" }).click();
  await expect(page.getByRole("heading", { name: "创建账号", level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "创建账号", level: 1 })).toBeVisible();

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "登录", level: 1 })).toBeVisible();

  await page.getByLabel("语言").selectOption({ label: "English" });
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
});
