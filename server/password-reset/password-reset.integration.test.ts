import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { recordAttempts } from "../account/attempt-limit";
import { PASSWORD_RESET_PER_ADDRESS, PASSWORD_RESET_PER_EMAIL, SIGN_IN_PER_EMAIL } from "../account/limits";
import { authenticate } from "../account/service";
import { sessionIsLive, startSession } from "../auth/sessions";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, failure, TEST_PASSWORD, uniqueEmail } from "../test/factories";
import { firstLink, startMailbox, type Mailbox } from "../test/mailbox";
import { createOrganization } from "../organization/service";
import { PASSWORD_RESET_MESSAGES, PASSWORD_RESET_TTL_MINUTES } from "./rules";
import { requestPasswordReset } from "./service";

const NEW_PASSWORD = "a freshly chosen password";

let test: TestDatabase;
let mailbox: Mailbox;
const savedEnv = { ...process.env };
beforeAll(async () => {
  [test, mailbox] = await Promise.all([createTestDatabase(), startMailbox()]);
});
afterAll(async () => {
  await Promise.all([test.close(), mailbox.close()]);
});
afterEach(() => {
  for (const name of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});
const withEmail = () => Object.assign(process.env, mailbox.env);
const withoutEmail = () => delete process.env.SMTP_HOST;

/** Asks for a reset link as the page does, and returns the token from the email that arrives. */
async function emailedToken(email: string) {
  const answer = await callerFor(test.db).passwordReset.request({ email });
  expect(answer.message).toBe(PASSWORD_RESET_MESSAGES.sent);
  const mail = await mailbox.waitFor(email, (m) => m.subject.includes("Reset your"));
  const link = new URL(firstLink(mail));
  expect(link.pathname).toMatch(/^\/reset-password\/[\w-]{43}$/);
  return link.pathname.split("/").pop() as string;
}

describe("asking for a reset link", () => {
  it("emails a single-use link to an existing account and stores only its hash", async () => {
    withEmail();
    const user = await createUser(test.db);
    const token = await emailedToken(user.email);
    const stored = await test.db.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    const lifetime = stored.expiresAt.getTime() - stored.createdAt.getTime();
    expect(Math.abs(lifetime - PASSWORD_RESET_TTL_MINUTES * 60_000)).toBeLessThan(5_000);
  });

  it("answers an unknown email exactly the same, and sends nothing", async () => {
    withEmail();
    const stranger = uniqueEmail("nobody");
    const { message, delivery } = await requestPasswordReset(test.db, { email: stranger }, "10.20.0.1", "http://console.test");
    expect(message).toBe(PASSWORD_RESET_MESSAGES.sent);
    await delivery;
    expect(mailbox.to(stranger)).toEqual([]);
    expect(await test.db.passwordReset.count({ where: { user: { email: stranger } } })).toBe(0);
  });

  it("does not wait for the email before answering", async () => {
    withEmail();
    const user = await createUser(test.db);
    let delivered = false;
    const { delivery } = await requestPasswordReset(test.db, { email: user.email }, "10.20.0.2", "http://console.test");
    void delivery.then(() => (delivered = true));
    expect(delivered).toBe(false);
    await delivery;
    expect(delivered).toBe(true);
  });

  it("says that this server cannot send email when SMTP is not configured, and stores nothing", async () => {
    withoutEmail();
    const user = await createUser(test.db);
    const error = await failure(callerFor(test.db).passwordReset.request({ email: user.email }));
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.emailNotConfigured);
    expect(await callerFor(test.db).passwordReset.availability()).toEqual({ emailConfigured: false });
    expect(await test.db.passwordReset.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a malformed email next to the field", async () => {
    withEmail();
    const error = await failure(callerFor(test.db).passwordReset.request({ email: "not an email" }));
    expect(error?.code).toBe("BAD_REQUEST");
  });

  it(`limits requests to ${PASSWORD_RESET_PER_EMAIL.limit} an hour per email, known or not`, async () => {
    withEmail();
    const email = uniqueEmail("flood");
    for (let i = 0; i < PASSWORD_RESET_PER_EMAIL.limit; i++) {
      await callerFor(test.db, undefined, `10.21.0.${i}`).passwordReset.request({ email });
    }
    const error = await failure(callerFor(test.db, undefined, "10.21.1.1").passwordReset.request({ email }));
    expect(error?.code).toBe("TOO_MANY_REQUESTS");
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.throttled);
  });

  it(`limits requests to ${PASSWORD_RESET_PER_ADDRESS.limit} an hour per client address`, async () => {
    withEmail();
    const address = "10.22.0.1";
    for (let i = 0; i < PASSWORD_RESET_PER_ADDRESS.limit; i++) {
      await callerFor(test.db, undefined, address).passwordReset.request({ email: uniqueEmail() });
    }
    const error = await failure(callerFor(test.db, undefined, address).passwordReset.request({ email: uniqueEmail() }));
    expect(error?.code).toBe("TOO_MANY_REQUESTS");
    await callerFor(test.db, undefined, "10.22.0.2").passwordReset.request({ email: uniqueEmail() });
  });
});

describe("setting a new password from the link", () => {
  it("sets the password, ends every session, and records it in each of the person's organizations", async () => {
    withEmail();
    const { user, organization } = await createOrgWithMember(test.db);
    const second = await createOrganization(test.db, { name: "Second", userId: user.id });
    const sessions = await Promise.all([1, 2].map(() => startSession(test.db, user.id, { userAgent: "", address: "" })));
    const token = await emailedToken(user.email);
    expect(await callerFor(test.db).passwordReset.describe({ token })).toEqual({ usable: true, email: user.email });

    expect(await callerFor(test.db).passwordReset.complete({ token, newPassword: NEW_PASSWORD })).toEqual({ email: user.email });

    for (const id of sessions) expect(await sessionIsLive(test.db, id, user.id)).toBe(false);
    expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.23.0.1")).ok).toBe(false);
    expect((await authenticate(test.db, { email: user.email, password: NEW_PASSWORD }, "10.23.0.1")).ok).toBe(true);
    for (const organizationId of [organization.id, second.id]) {
      const entry = await test.db.auditEntry.findFirstOrThrow({ where: { organizationId, action: "account.resetPassword" } });
      expect(entry).toMatchObject({ actorId: user.id, targetId: user.id, targetLabel: user.email });
      expect(entry.after).toEqual({ link: "emailed", sessionsEnded: 2 });
      expect(JSON.stringify(entry)).not.toContain(token);
    }
  });

  it("works once: a used link says so", async () => {
    withEmail();
    const user = await createUser(test.db);
    const token = await emailedToken(user.email);
    await callerFor(test.db).passwordReset.complete({ token, newPassword: NEW_PASSWORD });
    expect(await callerFor(test.db).passwordReset.describe({ token })).toEqual({ usable: false });
    const error = await failure(callerFor(test.db).passwordReset.complete({ token, newPassword: "yet another password" }));
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.invalidLink);
    expect((await authenticate(test.db, { email: user.email, password: NEW_PASSWORD }, "10.24.0.1")).ok).toBe(true);
  });

  it("sets one password when the same link is submitted twice at once", async () => {
    withEmail();
    const user = await createUser(test.db);
    const token = await emailedToken(user.email);
    const results = await Promise.allSettled(
      ["first new password", "second new password"].map((newPassword) => callerFor(test.db).passwordReset.complete({ token, newPassword })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a link older than an hour", async () => {
    withEmail();
    const user = await createUser(test.db);
    const token = await emailedToken(user.email);
    await test.db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callerFor(test.db).passwordReset.describe({ token })).toEqual({ usable: false });
    const error = await failure(callerFor(test.db).passwordReset.complete({ token, newPassword: NEW_PASSWORD }));
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.invalidLink);
    expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.25.0.1")).ok).toBe(true);
  });

  it("ends the account's other open links", async () => {
    withEmail();
    const user = await createUser(test.db);
    const first = await emailedToken(user.email);
    mailbox.messages.length = 0;
    const second = await emailedToken(user.email);
    await callerFor(test.db).passwordReset.complete({ token: second, newPassword: NEW_PASSWORD });
    expect(await callerFor(test.db).passwordReset.describe({ token: first })).toEqual({ usable: false });
  });

  it.each([
    { token: "no-such-token", newPassword: NEW_PASSWORD, code: "PRECONDITION_FAILED" },
    { token: "", newPassword: NEW_PASSWORD, code: "BAD_REQUEST" },
    { token: "x".repeat(500), newPassword: NEW_PASSWORD, code: "BAD_REQUEST" },
  ])("refuses a bad token without a server error (%#)", async ({ code, ...input }) => {
    expect((await failure(callerFor(test.db).passwordReset.complete(input)))?.code).toBe(code);
    expect(await callerFor(test.db).passwordReset.describe({ token: "no-such-token" })).toEqual({ usable: false });
  });

  it("refuses a short password next to the field and keeps the link usable", async () => {
    withEmail();
    const user = await createUser(test.db);
    const token = await emailedToken(user.email);
    const error = await failure(callerFor(test.db).passwordReset.complete({ token, newPassword: "short" }));
    expect(error?.code).toBe("BAD_REQUEST");
    expect((error?.cause as { issues?: { path: string[] }[] })?.issues?.[0]?.path).toEqual(["newPassword"]);
    expect(await callerFor(test.db).passwordReset.describe({ token })).toEqual({ usable: true, email: user.email });
  });

  it("lets a person locked out by wrong guesses sign in at once with the new password", async () => {
    withEmail();
    const user = await createUser(test.db);
    await recordAttempts(
      test.db,
      Array.from({ length: SIGN_IN_PER_EMAIL.limit + 1 }, () => ({ limit: SIGN_IN_PER_EMAIL, subject: user.email })),
    );
    const token = await emailedToken(user.email);
    await callerFor(test.db).passwordReset.complete({ token, newPassword: NEW_PASSWORD });
    expect((await authenticate(test.db, { email: user.email, password: NEW_PASSWORD }, "10.26.0.1")).ok).toBe(true);
  });
});

describe("an owner's reset link for a teammate (no email on the server)", () => {
  it("is created for a member, shown once, recorded, and works like an emailed one", async () => {
    withoutEmail();
    const { organization, user: member, owner } = await createOrgWithMember(test.db, { role: "MEMBER" });
    if (!owner) throw new Error("an owner comes with a non-owner member");
    const membership = await test.db.membership.findFirstOrThrow({ where: { userId: member.id, organizationId: organization.id } });
    const created = await callerFor(test.db, owner).passwordReset.createForMember({
      organizationId: organization.id,
      membershipId: membership.id,
    });
    expect(created.email).toBe(member.email);
    const token = new URL(created.link).pathname.split("/").pop() as string;
    const entry = await test.db.auditEntry.findFirstOrThrow({
      where: { organizationId: organization.id, action: "member.createPasswordResetLink" },
    });
    expect(entry).toMatchObject({ actorId: owner.id, targetId: member.id, targetLabel: member.email });
    expect(JSON.stringify(entry)).not.toContain(token);

    await callerFor(test.db).passwordReset.complete({ token, newPassword: NEW_PASSWORD });
    const done = await test.db.auditEntry.findFirstOrThrow({ where: { organizationId: organization.id, action: "account.resetPassword" } });
    expect(done.after).toEqual({ link: `created by ${owner.email}`, sessionsEnded: 0 });
  });

  it.each(["ADMIN", "MEMBER", "VIEWER"] as const)("is refused to an %s", async (role) => {
    withoutEmail();
    const { organization, user, owner } = await createOrgWithMember(test.db, { role });
    const ownerMembership = await test.db.membership.findFirstOrThrow({ where: { userId: owner?.id, organizationId: organization.id } });
    const error = await failure(
      callerFor(test.db, user).passwordReset.createForMember({ organizationId: organization.id, membershipId: ownerMembership.id }),
    );
    expect(error?.code).toBe("FORBIDDEN");
    expect(await test.db.passwordReset.count({ where: { userId: owner?.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a member of another organization", async () => {
    withoutEmail();
    const mine = await createOrgWithMember(test.db);
    const theirs = await createOrgWithMember(test.db, { role: "MEMBER" });
    const theirMembership = await test.db.membership.findFirstOrThrow({ where: { userId: theirs.user.id } });
    const error = await failure(
      callerFor(test.db, mine.user).passwordReset.createForMember({
        organizationId: mine.organization.id,
        membershipId: theirMembership.id,
      }),
    );
    expect(error?.code).toBe("NOT_FOUND");
    expect(await test.db.passwordReset.count({ where: { userId: theirs.user.id } })).toBe(0);
  });

  it("is not for the owner's own account", async () => {
    withoutEmail();
    const { organization, user } = await createOrgWithMember(test.db);
    const membership = await test.db.membership.findFirstOrThrow({ where: { userId: user.id } });
    const error = await failure(
      callerFor(test.db, user).passwordReset.createForMember({ organizationId: organization.id, membershipId: membership.id }),
    );
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.ownPassword);
  });

  it("is not offered when the server can email the person a link of their own", async () => {
    withEmail();
    const { organization, owner, user } = await createOrgWithMember(test.db, { role: "MEMBER" });
    const membership = await test.db.membership.findFirstOrThrow({ where: { userId: user.id } });
    const error = await failure(
      callerFor(test.db, owner).passwordReset.createForMember({ organizationId: organization.id, membershipId: membership.id }),
    );
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect(error?.message).toBe(PASSWORD_RESET_MESSAGES.emailConfigured);
  });
});
