import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, uniqueEmail } from "../test/factories";
import { firstLink, type Mailbox, startMailbox } from "../test/mailbox";
import { deliverDue } from "../alert/deliver";

/**
 * Emails in their recipient's language, through a real SMTP server: the recipient's saved console
 * language when they have an account with one, else the language of the request that caused the
 * email; alert notifications in each member's own.
 */
let test: TestDatabase;
let mailbox: Mailbox;
const savedEnv = { ...process.env };
beforeAll(async () => {
  [test, mailbox] = await Promise.all([createTestDatabase(), startMailbox()]);
  Object.assign(process.env, mailbox.env);
});
afterAll(async () => {
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  await Promise.all([test.close(), mailbox.close()]);
});

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

describe("the verification email at sign-up", () => {
  it("speaks the sign-up page's language", async () => {
    const email = uniqueEmail("zh");
    await callerFor(test.db, undefined, address(), "zh-CN").account.signUp({ email, password: "long enough password" });
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe("验证您在验证码控制台的邮箱");
    expect(mail.text).toContain(`欢迎使用验证码控制台。\n\n请在 24 小时内打开以下链接，验证 ${email} 是您的邮箱：`);
    expect(firstLink(mail)).toMatch(/\/verify-email\//);
  });

  it("is the same English as before from an English page", async () => {
    const email = uniqueEmail("en");
    await callerFor(test.db, undefined, address(), "en").account.signUp({ email, password: "long enough password" });
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe("Verify your email for Captcha Console");
    expect(mail.text).toMatch(
      new RegExp(
        `^Welcome to Captcha Console\\.\\n\\nOpen this link within 24 hours to verify that ${email.replace(/\./g, "\\.")} is yours:\\n`,
      ),
    );
    expect(mail.text).toContain(
      "Until then you cannot accept invitations or create access keys. If you did not create an account, ignore this email.",
    );
  });
});

describe("the password reset email", () => {
  it("speaks the Forgot password page's language for an account with no saved language", async () => {
    const user = await createUser(test.db);
    const answer = await callerFor(test.db, undefined, address(), "zh-CN").passwordReset.request({ email: user.email });
    expect(answer.message).toBe("如果该邮箱已注册账号，我们已发送重置密码的链接。");
    const mail = await mailbox.waitFor(user.email);
    expect(mail.subject).toBe("重置您的验证码控制台密码");
    expect(mail.text).toContain(`有人申请重置您的验证码控制台账号（${user.email}）的密码。`);
    expect(firstLink(mail)).toMatch(/\/reset-password\//);
  });

  it("speaks the account's saved language, whatever the page's", async () => {
    const user = await createUser(test.db);
    await test.db.user.update({ where: { id: user.id }, data: { language: "zh-CN" } });
    await callerFor(test.db, undefined, address(), "en").passwordReset.request({ email: user.email });
    expect((await mailbox.waitFor(user.email)).subject).toBe("重置您的验证码控制台密码");
  });
});

describe("the invitation email", () => {
  it("speaks the inviter's language to someone without an account, with the glossary's role", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const email = uniqueEmail("invitee");
    await callerFor(test.db, owner, address(), "zh-CN").invitation.create({ organizationId: organization.id, email, role: "VIEWER" });
    const mail = await mailbox.waitFor(email);
    expect(mail.subject).toBe(`您受邀加入验证码控制台上的 ${organization.name}`);
    expect(mail.text).toContain(`${owner.email} 邀请您以只读成员身份加入 ${organization.name}。`);
    expect(firstLink(mail)).toMatch(/\/invite\//);
  });

  it("speaks the invitee's saved language when they have an account", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const invitee = await createUser(test.db);
    await test.db.user.update({ where: { id: invitee.id }, data: { language: "en" } });
    await callerFor(test.db, owner, address(), "zh-CN").invitation.create({
      organizationId: organization.id,
      email: invitee.email,
      role: "MEMBER",
    });
    const mail = await mailbox.waitFor(invitee.email);
    expect(mail.subject).toBe(`You are invited to ${organization.name} on Captcha Console`);
    expect(mail.text).toContain(
      `${owner.email} invited you to join ${organization.name} as member.\n\nOpen this link within 7 days to accept:\n`,
    );
  });
});

describe("alert notifications by email", () => {
  it("reach each member in their own language", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const colleague = await createUser(test.db);
    await test.db.membership.create({ data: { userId: colleague.id, organizationId: organization.id, role: "MEMBER" } });
    await test.db.user.update({ where: { id: colleague.id }, data: { language: "zh-CN" } });
    const caller = callerFor(test.db, owner);
    const rule = await caller.alert.create({
      organizationId: organization.id,
      name: "Rate",
      metric: "INTERCEPTION_RATE",
      window: "LAST_HOUR",
      threshold: 50,
      channel: "EMAIL",
      recipientUserIds: [owner.id, colleague.id],
    });
    expect(await caller.alert.sendTest({ organizationId: organization.id, ruleId: rule.id })).toMatchObject({ status: "SENT" });

    const chinese = await mailbox.waitFor(colleague.email);
    expect(chinese.subject).toBe("【测试通知】Rate：拦截率 0%");
    expect(chinese.text).toContain("这是一条测试通知，并未发生任何事件。");
    expect(chinese.text).toContain(`组织：${organization.name}\n场景：全部场景\n条件：最近 1 小时拦截率 ≥ 50%`);
    expect(chinese.to).not.toContain(owner.email.toLowerCase());

    const english = await mailbox.waitFor(owner.email);
    expect(english.subject).toBe("[Test notification] Rate: Interception Rate 0%");
    expect(english.text).toContain("Condition: Interception Rate ≥ 50% over the last hour");
    expect(english.to).not.toContain(colleague.email.toLowerCase());
  });

  it("are retried for the language group whose email failed, and only for it", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const colleague = await createUser(test.db);
    await test.db.membership.create({ data: { userId: colleague.id, organizationId: organization.id, role: "MEMBER" } });
    await test.db.user.update({ where: { id: colleague.id }, data: { language: "zh-CN" } });
    const rule = await callerFor(test.db, owner).alert.create({
      organizationId: organization.id,
      name: "Retry",
      metric: "INITIALIZATIONS",
      window: "LAST_HOUR",
      threshold: 10,
      channel: "EMAIL",
      recipientUserIds: [owner.id, colleague.id],
    });
    const now = new Date();
    const delivery = await test.db.alertDelivery.create({
      data: { ruleId: rule.id, organizationId: organization.id, event: "FIRING", value: 12, occurredAt: now, nextAttemptAt: now },
    });

    // The Chinese group's mail server refuses the first time: the English group's email has gone out.
    mailbox.refuse(colleague.email);
    const [first] = await deliverDue(test.db, now, [delivery.id]);
    expect(first).toMatchObject({ status: "PENDING", error: expect.stringMatching(/550/) });
    expect(mailbox.to(owner.email)).toHaveLength(1);
    expect(mailbox.to(colleague.email)).toHaveLength(0);

    mailbox.accept(colleague.email);
    const later = new Date(now.getTime() + 60 * 60_000);
    const [retry] = await deliverDue(test.db, later, [delivery.id]);
    expect(retry).toMatchObject({ status: "SENT", error: null });
    expect(mailbox.to(colleague.email)).toHaveLength(1);
    expect(mailbox.to(colleague.email)[0].subject).toContain("Retry");
    // Not twice to the group that had it.
    expect(mailbox.to(owner.email)).toHaveLength(1);
  });

  it("that could not be sent say why in the reader's language", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const leaver = await createUser(test.db);
    const membership = await test.db.membership.create({ data: { userId: leaver.id, organizationId: organization.id, role: "MEMBER" } });
    const rule = await callerFor(test.db, owner).alert.create({
      organizationId: organization.id,
      name: "Gone",
      metric: "INITIALIZATIONS",
      window: "LAST_HOUR",
      threshold: 10,
      channel: "EMAIL",
      recipientUserIds: [leaver.id],
    });
    await test.db.membership.delete({ where: { id: membership.id } });
    const chinese = callerFor(test.db, owner, address(), "zh-CN");
    expect(await chinese.alert.sendTest({ organizationId: organization.id, ruleId: rule.id })).toMatchObject({
      status: "FAILED",
      error: "所选成员均已不在该组织中。",
    });
    const [listed] = await callerFor(test.db, owner, address(), "en").alert.list({ organizationId: organization.id });
    expect(listed.deliveries[0].error).toBe("None of the chosen members is in the organization any more.");
  });
});
