import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/locales";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, sessionFor, uniqueEmail } from "../test/factories";
import { callOverHttp } from "../test/trpc-http";

/**
 * The server's answers in the caller's console language: domain errors and validation errors,
 * message and field errors. English stays word for word what it was.
 */
let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function post(path: string, input: unknown, locale?: Locale, user?: { id: string; email: string }) {
  const response = await callOverHttp(test.db, path, JSON.stringify({ json: input }), {
    locale,
    session: user ? sessionFor(user) : null,
  });
  const body = await response.json();
  return { status: response.status, message: body.error.json.message as string, fieldErrors: body.error.json.data.fieldErrors };
}

describe("validation errors", () => {
  it("are Chinese for a caller whose console speaks Chinese, message and field errors", async () => {
    const { status, message, fieldErrors } = await post("account.signUp", { email: "nope", password: "short" }, "zh-CN");
    expect(status).toBe(400);
    expect(message).toBe("请输入有效的邮箱地址，例如 name@example.com。");
    expect(fieldErrors).toEqual({ email: ["请输入有效的邮箱地址，例如 name@example.com。"], password: ["请至少输入 10 个字符。"] });
  });

  it("are the same English as before for an English caller, and for a caller of no known language", async () => {
    for (const locale of ["en", undefined] as const) {
      const { message, fieldErrors } = await post("account.signUp", { email: "nope", password: "short" }, locale);
      expect(message).toBe("Enter a valid email address, like name@example.com.");
      expect(fieldErrors).toEqual({
        email: ["Enter a valid email address, like name@example.com."],
        password: ["Use at least 10 characters."],
      });
    }
  });

  it("use the glossary's terms and zod's own Chinese for input no form sends", async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const { fieldErrors } = await post(
      "scenario.create",
      { organizationId: organization.id, name: "x".repeat(40), integrationMethod: 42, verificationType: "NOPE" },
      "zh-CN",
      user,
    );
    expect(fieldErrors.name).toEqual(["最多输入 32 个字符。"]);
    expect(fieldErrors.integrationMethod).toEqual(["请选择接入方式。"]);
    expect(fieldErrors.verificationType).toEqual(["请选择验证码形态。"]);
    const english = await post(
      "scenario.create",
      {
        organizationId: organization.id,
        name: "ok",
        integrationMethod: "WEB_H5",
        verificationType: "SLIDER",
        extra: { deep: 1 },
        ruleStatus: 7,
      },
      "en",
      user,
    );
    expect(english.fieldErrors.ruleStatus).toEqual(["Choose a rule status."]);
    const unknownKey = await post("organization.create", { name: 5 }, "zh-CN", user);
    expect(unknownKey.fieldErrors.name[0]).toMatch(/^无效输入/);
  });

  it("refuse unstorable text in Chinese", async () => {
    const { message, fieldErrors } = await post(
      "account.signUp",
      { email: "a\u0000b@example.com", password: "long enough password" },
      "zh-CN",
    );
    expect(message).toBe("文本不能包含 NUL 等控制字符或损坏的 Unicode 字符。");
    expect(fieldErrors).toEqual({ email: [message] });
  });
});

describe("domain errors", () => {
  it("are Chinese for a Chinese caller, on the form's field too", async () => {
    const user = await createUser(test.db);
    const zh = await post("account.signUp", { email: user.email, password: "long enough password" }, "zh-CN");
    expect(zh.status).toBe(409);
    expect(zh.message).toBe("该邮箱已注册账号，请直接登录。");
    expect(zh.fieldErrors).toEqual({ email: ["该邮箱已注册账号，请直接登录。"] });
    const en = await post("account.signUp", { email: user.email, password: "long enough password" }, "en");
    expect(en.message).toBe("An account with this email already exists. Sign in instead.");
    expect(en.fieldErrors).toEqual({ email: ["An account with this email already exists. Sign in instead."] });
  });

  it("name the glossary's terms (场景ID)", async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const scenario = await callerFor(test.db, user).scenario.create({
      organizationId: organization.id,
      name: "checkout",
      integrationMethod: "WEB_H5",
      verificationType: "SLIDER",
    });
    const zh = await post(
      "scenario.delete",
      { organizationId: organization.id, sceneId: scenario.sceneId, confirmSceneId: "nope" },
      "zh-CN",
      user,
    );
    expect(zh.fieldErrors).toEqual({ confirmSceneId: ["请输入准确的场景ID以确认删除。"] });
  });

  it("with a value in them keep the value", async () => {
    const { organization, user } = await createOrgWithMember(test.db);
    const invitee = uniqueEmail("invitee");
    const { link } = await callerFor(test.db, user).invitation.create({ organizationId: organization.id, email: invitee, role: "MEMBER" });
    const someoneElse = await createUser(test.db);
    const token = link.split("/invite/")[1];
    expect((await post("invitation.accept", { token }, "zh-CN", someoneElse)).message).toBe(
      `该邀请发送给 ${invitee}，请使用该邮箱登录后接受。`,
    );
    expect((await post("invitation.accept", { token }, "en", someoneElse)).message).toBe(
      `This invitation was sent to ${invitee}. Sign in with that email to accept it.`,
    );
  });

  it("from the gates (signed in, member, role) are Chinese too", async () => {
    expect((await post("organization.create", { name: "Acme" }, "zh-CN")).message).toBe("请登录后继续。");
    const { organization } = await createOrgWithMember(test.db);
    const outsider = await createUser(test.db);
    expect((await post("scenario.create", { organizationId: organization.id }, "zh-CN", outsider)).message).toBe("您不是该组织的成员。");
    expect((await post("scenario.create", { organizationId: organization.id }, "en", outsider)).message).toBe(
      "You are not a member of this organization.",
    );
  });
});
