import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_VERIFICATION_RESEND_PER_ACCOUNT } from "../account/limits";
import { migratedPGlite } from "../test/database";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, failure, uniqueEmail } from "../test/factories";
import { firstLink, startMailbox, type Mailbox } from "../test/mailbox";
import { EMAIL_VERIFICATION_MESSAGES, EMAIL_VERIFICATION_TTL_HOURS } from "./rules";

const PASSWORD = "long enough password";

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

/** Signs up through the API, as the form does; returns the new user. */
async function signUp(email = uniqueEmail("new")) {
  await callerFor(test.db).account.signUp({ email, password: PASSWORD });
  return test.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, emailVerifiedAt: true } });
}

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop() as string;

async function verificationLink(email: string, after = 0) {
  const mail = await mailbox.waitFor(email, (m) => m.subject.includes("Verify your email") && m.receivedAt > after);
  const link = firstLink(mail);
  expect(new URL(link).pathname).toMatch(/^\/verify-email\/[\w-]{43}$/);
  return link;
}

describe("with email configured", () => {
  it("a new account gets a verification email and may not create access keys or accept invitations until it follows the link", async () => {
    withEmail();
    const user = await signUp();
    expect(user.emailVerifiedAt).toBeNull();
    const link = await verificationLink(user.email);
    const stored = await test.db.emailVerification.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(tokenOf(link));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan((EMAIL_VERIFICATION_TTL_HOURS - 0.1) * 3600_000);

    const me = callerFor(test.db, user);
    expect(await me.emailVerification.status()).toEqual({ email: user.email, verified: false });
    const { organizationId } = await test.db.membership.findFirstOrThrow({ where: { userId: user.id } });
    const keyRefused = await failure(me.accessKey.create({ organizationId, description: "server" }));
    expect(keyRefused?.code).toBe("FORBIDDEN");
    expect(keyRefused?.message).toBe(EMAIL_VERIFICATION_MESSAGES.required);
    expect(await test.db.accessKey.count({ where: { organizationId } })).toBe(0);

    const { organization, user: owner } = await createOrgWithMember(test.db);
    const invitation = await callerFor(test.db, owner).invitation.create({
      organizationId: organization.id,
      email: user.email,
      role: "MEMBER",
    });
    const token = tokenOf(invitation.link);
    const joinRefused = await failure(me.invitation.accept({ token }));
    expect(joinRefused?.message).toBe(EMAIL_VERIFICATION_MESSAGES.required);
    expect(await test.db.membership.count({ where: { userId: user.id, organizationId: organization.id } })).toBe(0);

    // Opened signed out (say, on a phone): the token is the proof.
    expect(await callerFor(test.db).emailVerification.verify({ token: tokenOf(link) })).toEqual({ verified: true });
    expect(await me.emailVerification.status()).toEqual({ email: user.email, verified: true });
    await me.accessKey.create({ organizationId, description: "server" });
    await me.invitation.accept({ token });
    // Once.
    expect(await callerFor(test.db).emailVerification.verify({ token: tokenOf(link) })).toEqual({ verified: false });
  });

  it("Resend email sends a new working link, a few times an hour", async () => {
    withEmail();
    const user = await signUp();
    const first = await verificationLink(user.email);
    const me = callerFor(test.db, user);
    const before = Date.now();
    expect(await me.emailVerification.resend()).toEqual({ sent: true, verified: false });
    const second = await verificationLink(user.email, before - 1);
    expect(second).not.toBe(first);
    for (let i = 1; i < EMAIL_VERIFICATION_RESEND_PER_ACCOUNT.limit; i++) await me.emailVerification.resend();
    const throttled = await failure(me.emailVerification.resend());
    expect(throttled?.code).toBe("TOO_MANY_REQUESTS");
    expect(throttled?.message).toBe(EMAIL_VERIFICATION_MESSAGES.throttled);
    expect((await callerFor(test.db).emailVerification.verify({ token: tokenOf(second) })).verified).toBe(true);
  });

  it("sends nothing once verified", async () => {
    withEmail();
    const user = await signUp();
    await callerFor(test.db).emailVerification.verify({ token: tokenOf(await verificationLink(user.email)) });
    const count = mailbox.to(user.email).length;
    expect(await callerFor(test.db, user).emailVerification.resend()).toEqual({ sent: false, verified: true });
    expect(mailbox.to(user.email)).toHaveLength(count);
  });

  it("refuses an expired or unknown link without a server error", async () => {
    withEmail();
    const user = await signUp();
    const link = await verificationLink(user.email);
    await test.db.emailVerification.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await callerFor(test.db).emailVerification.verify({ token: tokenOf(link) })).toEqual({ verified: false });
    expect(await callerFor(test.db).emailVerification.verify({ token: "nothing-like-it" })).toEqual({ verified: false });
    expect((await failure(callerFor(test.db).emailVerification.verify({ token: "" })))?.code).toBe("BAD_REQUEST");
    expect((await callerFor(test.db, user).emailVerification.status()).verified).toBe(false);
  });

  it("status and resend need a signed-in caller", async () => {
    withEmail();
    expect((await failure(callerFor(test.db).emailVerification.status()))?.code).toBe("UNAUTHORIZED");
    expect((await failure(callerFor(test.db).emailVerification.resend()))?.code).toBe("UNAUTHORIZED");
  });
});

describe("without email", () => {
  it("a new account counts as verified and sends nothing", async () => {
    withoutEmail();
    const user = await signUp();
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await callerFor(test.db, user).emailVerification.status()).toEqual({ email: user.email, verified: true });
    const { organizationId } = await test.db.membership.findFirstOrThrow({ where: { userId: user.id } });
    await callerFor(test.db, user).accessKey.create({ organizationId, description: "" });
    expect(mailbox.to(user.email)).toEqual([]);
  });

  it("an account that never verified counts as verified when email is switched off", async () => {
    withEmail();
    const user = await signUp();
    await verificationLink(user.email); // sent before email is switched off
    withoutEmail();
    expect((await callerFor(test.db, user).emailVerification.status()).verified).toBe(true);
  });
});

it("the migration counts existing accounts as verified", async () => {
  const folder = path.join(process.cwd(), "prisma", "migrations");
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const split = names.indexOf("20261129130000_password_reset");
  const sql = (name: string) => readFileSync(path.join(folder, name, "migration.sql"), "utf8");
  const pglite = await migratedPGlite(names.slice(0, split).map(sql));
  try {
    await pglite.exec(`INSERT INTO "User" ("id", "email", "passwordHash") VALUES ('u1', 'old@example.com', 'x')`);
    await pglite.exec(sql(names[split]));
    const { rows } = await pglite.query<{ emailVerifiedAt: Date | null }>(`SELECT "emailVerifiedAt" FROM "User" WHERE "id" = 'u1'`);
    expect(rows[0].emailVerifiedAt).not.toBeNull();
  } finally {
    await pglite.close();
  }
});
