import { expect, test, type Page } from "./fixtures/test";
import { createScenario, goToScenarios, sceneIdOf, signUp } from "./helpers";

async function identityPrefix(page: Page) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Overview" }).click();
  return (await page.getByLabel("Identity prefix").textContent())!.trim();
}

async function openGuide(page: Page, scenario: Parameters<typeof createScenario>[1]) {
  await goToScenarios(page);
  const row = await createScenario(page, scenario);
  const sceneId = await sceneIdOf(row);
  await row.getByRole("link", { name: "Integration Guide" }).click();
  await expect(page.getByRole("heading", { name: "Integration Guide", level: 1 })).toBeVisible();
  return sceneId;
}

const codeBlock = (page: Page, title: string) => page.getByRole("figure", { name: title });

test("the Web/H5 guide shows this scenario's values, popup and embed, and copies a snippet", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  const prefix = await identityPrefix(page);
  expect(prefix).toMatch(/^[a-z0-9]{6}$/);
  const sceneId = await openGuide(page, { name: "web_slider", type: "Slider CAPTCHA" });

  for (const step of ["1. Prerequisites", "2. Client integration", "3. Server-side validation", "4. Testing"]) {
    await expect(page.getByRole("heading", { name: step })).toBeVisible();
  }
  const popup = codeBlock(page, "Pop-up mode (popup)");
  await expect(popup).toContainText(`SceneId: "${sceneId}"`);
  await expect(popup).toContainText(`prefix: "${prefix}"`);
  await expect(popup).toContainText("/captcha/AliyunCaptcha.js");
  await expect(codeBlock(page, "Embedded mode (embed)")).toContainText('mode: "embed"');
  // The widget speaks the console's language (English), and the guide says what it speaks otherwise.
  for (const title of ["Pop-up mode (popup)", "Embedded mode (embed)"]) {
    await expect(codeBlock(page, title)).toContainText('language: "en", // without it the widget speaks Chinese ("cn")');
  }
  await expect(page.getByRole("region", { name: "2. Client integration" })).toContainText(
    'the samples use "en", the language of this console',
  );
  await expect(page.getByRole("region", { name: "2. Client integration" })).toContainText('Without it the widget speaks Chinese ("cn")');
  for (const sdk of ["Node.js (@alicloud/captcha20230305)", "Java", "Python", "Go", "PHP"]) {
    await expect(codeBlock(page, sdk)).toContainText(sceneId);
  }
  await expect(page.getByRole("table", { name: "Verification codes (Result.VerifyCode)" })).toContainText("F017");
  await expect(page.getByText(/One Scenario ID can serve several services/)).toBeVisible();

  await popup.getByRole("button", { name: "Copy" }).click();
  await expect(popup.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`SceneId: "${sceneId}"`);
  expect(copied).toContain("window.initAliyunCaptcha");
  expect(copied).toContain('language: "en"');

  // Prerequisites point to where the access key for step 3 comes from.
  await page.getByRole("listitem").filter({ hasText: "access key" }).getByRole("link", { name: "Access Keys" }).click();
  await expect(page.getByRole("heading", { name: "Access Keys", level: 1 })).toBeVisible();
});

test("Invisible CAPTCHA gets popup only, with the reason, and Test Mode explains the expected code", async ({ page }) => {
  await signUp(page);
  await openGuide(page, {
    name: "invisible",
    type: "Invisible CAPTCHA",
    challenge: "Slider CAPTCHA",
    testResult: "Fail Invisible CAPTCHA and Additional Challenge",
  });
  await expect(codeBlock(page, "Pop-up mode (popup)")).toBeVisible();
  await expect(codeBlock(page, "Embedded mode (embed)")).toHaveCount(0);
  await expect(page.getByText(/Invisible CAPTCHA supports pop-up \(popup\) mode only/)).toBeVisible();
  const testing = page.getByRole("region", { name: "4. Testing" });
  await expect(testing).toContainText("Test Mode");
  await expect(testing).toContainText("F004");
});

test("the Webview+H5 guide gives the hosted page and the app bridges", async ({ page }) => {
  await signUp(page);
  const sceneId = await openGuide(page, {
    name: "app_login",
    method: "Webview+H5 (for App/miniapp Integration)",
    type: "One-click CAPTCHA",
  });
  await expect(codeBlock(page, "The H5 page to host on your HTTPS server")).toContainText(`SceneId: "${sceneId}"`);
  await expect(codeBlock(page, "The H5 page to host on your HTTPS server")).toContainText('language: "en"');
  await expect(codeBlock(page, "Android (WebView with a JavaScript interface)")).toContainText("addJavascriptInterface");
  await expect(codeBlock(page, "iOS (WKWebView message handler)")).toContainText("WKScriptMessageHandler");
  await expect(codeBlock(page, "WeChat or Alipay mini program (web-view)")).toContainText("web-view");
  await expect(codeBlock(page, "Pop-up mode (popup)")).toHaveCount(0);
});

test("the WeChat native plugin guide declares the plugin and says custom policies are unavailable", async ({ page }) => {
  await signUp(page);
  const sceneId = await openGuide(page, { name: "wechat", method: "WeChat Mini Program Native Plugin", type: "Puzzle Verification" });
  await expect(codeBlock(page, "app.json: declare the plugin")).toContainText("wxbe275ff84246f1a4");
  await expect(codeBlock(page, "Use the component on a page")).toContainText(`SceneId: "${sceneId}"`);
  await expect(codeBlock(page, "Use the component on a page")).toContainText('language: "en"');
  await expect(
    page.getByText("Custom policies are not available for the WeChat Mini Program Native Plugin integration method."),
  ).toBeVisible();
});
