import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { PASSWORD, signUp, uniqueEmail } from "./helpers";
import { firstLink, waitForMail } from "./mail";
import { CONNECTED_URL } from "./ports";

// The app with email configured: the server's messages and emails in the person's language.
test.use({ baseURL: CONNECTED_URL });

/** A tRPC call as the console's client makes it (one procedure, superjson's envelope). */
async function call(request: APIRequestContext, path: string, input: unknown) {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  return { status: response.status(), body: await response.json() };
}

test("a browser asking for Chinese gets the server's validation errors and its emails in Chinese", async ({ playwright }) => {
  const chinese = await playwright.request.newContext({
    baseURL: CONNECTED_URL,
    extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" },
  });
  const refused = await call(chinese, "account.signUp", { email: "nope", password: "short" });
  expect(refused.status).toBe(400);
  expect(refused.body.error.json.data.fieldErrors).toEqual({
    email: ["请输入有效的邮箱地址，例如 name@example.com。"],
    password: ["请至少输入 10 个字符。"],
  });

  const email = uniqueEmail("zh-mail");
  expect((await call(chinese, "account.signUp", { email, password: PASSWORD })).status).toBe(200);
  const verification = await waitForMail(email, "验证您在验证码控制台的邮箱");
  expect(verification.text).toContain("欢迎使用验证码控制台。");
  expect(firstLink(verification)).toMatch(/\/verify-email\//);

  const reset = await call(chinese, "passwordReset.request", { email });
  expect(reset.body.result.data.json.message).toBe("如果该邮箱已注册账号，我们已发送重置密码的链接。");
  expect(firstLink(await waitForMail(email, "重置您的验证码控制台密码"))).toMatch(/\/reset-password\//);
  await chinese.dispose();
});

test("the language a person saves decides the server's messages, whatever the browser asks for", async ({ page }) => {
  await signUp(page);
  // An English browser: English errors, as before.
  const english = await call(page.request, "organization.create", { name: "" });
  expect(english.body.error.json.data.fieldErrors).toEqual({ name: ["Enter a name for the organization."] });
  // The person chooses Chinese (the header's switcher saves it the same way).
  expect((await call(page.request, "account.setLanguage", { language: "zh-CN" })).status).toBe(200);
  const chinese = await call(page.request, "organization.create", { name: "" });
  expect(chinese.body.error.json.data.fieldErrors).toEqual({ name: ["请输入组织名称。"] });
});
