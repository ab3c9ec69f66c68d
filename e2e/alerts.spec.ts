import AxeBuilder from "@axe-core/playwright";
import { signWebhook } from "../server/alert/webhook";
import { startWebhookReceiver } from "../server/test/webhook-receiver";
import { expect, type Page, test } from "./fixtures/test";
import { signUp } from "./helpers";

async function expectAccessible(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect
    .soft(
      violations.map((violation) => `${violation.id}: ${violation.help}`),
      `axe on ${what}`,
    )
    .toEqual([]);
}

test("an owner creates a webhook alert rule and sends a test notification to a receiver", async ({ page }) => {
  test.slow(); // two axe runs
  const receiver = await startWebhookReceiver();
  try {
    await signUp(page);
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Alerts" }).click();
    await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Create alert rule" }).click();

    const form = page.getByRole("dialog", { name: "Create alert rule" });
    await form.getByLabel("Rule name").fill("Interceptions surge");
    await form.getByLabel("Metric").selectOption({ label: "Interception Rate" });
    await form.getByLabel("Time window").selectOption({ label: "Last 24 hours" });
    await form.getByLabel("Notify by").selectOption({ label: "Webhook" });
    // Bad input is answered next to its field.
    await form.getByLabel("Threshold (%)").fill("150");
    await form.getByLabel("Webhook URL").fill(receiver.url);
    await form.getByLabel("Message format").selectOption({ label: "Generic JSON" });
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("A rate is a percentage: enter a whole number from 1 to 100.")).toBeVisible();
    await expect(form.getByLabel("Threshold (%)")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "the alert rule form with an error");
    await form.getByLabel("Threshold (%)").fill("40");
    await form.getByRole("button", { name: "Save" }).click();

    const secretDialog = page.getByRole("dialog", { name: "Webhook signing secret" });
    const secret = (await secretDialog.getByLabel("Signing secret").textContent())!.replace("Copy", "").trim();
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole("button", { name: "Done" }).click();

    const rule = page.getByRole("region", { name: "Interceptions surge" });
    await expect(rule).toContainText("All scenarios: Interception Rate ≥ 40% over the last 24 hours");
    await rule.getByRole("button", { name: "Send test notification" }).click();
    await expect(rule.getByRole("status")).toHaveText("Test notification sent (HTTP 200).");
    await expect(rule.getByRole("table", { name: "Notifications of Interceptions surge" }).getByRole("row").nth(1)).toContainText("Sent");

    await expectAccessible(page, "the Alerts page with a rule and its notifications");
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request.json).toMatchObject({ event: "alert.test", rule: { name: "Interceptions surge", threshold: 40 }, value: 0 });
    expect(request.headers["x-captcha-signature"]).toBe(
      signWebhook(secret, request.headers["x-captcha-timestamp"] as string, request.body),
    );
  } finally {
    await receiver.close();
  }
});
