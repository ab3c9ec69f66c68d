import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticate, changePassword, NO_PASSWORD_MESSAGE } from "../account/service";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createUser, failure, TEST_PASSWORD, uniqueEmail } from "../test/factories";
import { SIGN_UP_OFF_MESSAGE } from "./rules";
import { resolveSsoSignIn } from "./service";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());
afterEach(() => vi.unstubAllEnvs());

const ISSUER = "https://id.example.com";
const newSubject = () => `sub-${randomBytes(6).toString("hex")}`;

describe("the first single sign-on of an email no account has", () => {
  it("counts the email as verified when the provider says email_verified: true", async () => {
    const email = uniqueEmail("vouched");
    await resolveSsoSignIn(test.db, { issuer: ISSUER, subject: newSubject(), email, emailVerified: true });
    expect((await test.db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("creates the account without a password, its own organization as owner, the link, and an audit entry", async () => {
    const email = uniqueEmail("new");
    const subject = newSubject();
    const outcome = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email: email.toUpperCase(), emailVerified: false });
    expect(outcome).toMatchObject({ ok: true, change: "created", user: { email } });
    const user = await test.db.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: { include: { organization: true } }, ssoIdentities: true },
    });
    expect(user.passwordHash).toBeNull();
    // The provider did not vouch for the email: it still needs this console's own verification.
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: "OWNER", organization: { name: `${email.split("@")[0]}'s organization` } });
    expect(user.ssoIdentities).toEqual([expect.objectContaining({ issuer: ISSUER, subject })]);
    const entries = await test.db.auditEntry.findMany({ where: { organizationId: user.memberships[0].organizationId } });
    expect(entries).toEqual([
      expect.objectContaining({ action: "account.ssoCreate", actorId: user.id, targetType: "account", targetId: user.id }),
    ]);
  });

  it("matches later sign-ins by subject, even when the provider's email has changed", async () => {
    const subject = newSubject();
    const first = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email: uniqueEmail("moving"), emailVerified: true });
    const later = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email: uniqueEmail("moved"), emailVerified: true });
    expect(later).toMatchObject({ ok: true, change: "none" });
    expect(first.ok && later.ok && later.user.id).toBe(first.ok && first.user.id);
  });

  it("keeps identities of different issuers apart", async () => {
    const subject = newSubject();
    const here = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email: uniqueEmail("a"), emailVerified: true });
    const there = await resolveSsoSignIn(test.db, {
      issuer: "https://other.example.com",
      subject,
      email: uniqueEmail("b"),
      emailVerified: true,
    });
    expect(here.ok && there.ok && here.user.id !== there.user.id).toBe(true);
  });

  it("refuses a new identity without a usable email, and writes nothing", async () => {
    const users = await test.db.user.count();
    for (const email of [undefined, "", "not an email", 42, `${"x".repeat(300)}@example.com`]) {
      expect(await resolveSsoSignIn(test.db, { issuer: ISSUER, subject: newSubject(), email, emailVerified: true })).toEqual({
        ok: false,
        reason: "SsoEmailMissing",
      });
    }
    expect(await test.db.user.count()).toBe(users);
  });

  it("creates one account when the same first sign-in arrives twice at once", async () => {
    const email = uniqueEmail("twice");
    const subject = newSubject();
    const outcomes = await Promise.all(
      [1, 2].map(() => resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email, emailVerified: true })),
    );
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await test.db.user.count({ where: { email } })).toBe(1);
    expect(await test.db.ssoIdentity.count({ where: { subject } })).toBe(1);
  });
});

describe("a single sign-on with the email of an existing account", () => {
  it("links the account when the provider verified the email, and records it in each of its organizations", async () => {
    const { user: owner, organizationId } = await passwordAccountWithOrganization();
    const subject = newSubject();
    const outcome = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject, email: owner.email, emailVerified: true });
    expect(outcome).toEqual({ ok: true, change: "linked", user: { id: owner.id, email: owner.email } });
    expect(await test.db.ssoIdentity.findMany({ where: { userId: owner.id } })).toEqual([
      expect.objectContaining({ issuer: ISSUER, subject }),
    ]);
    const entry = await test.db.auditEntry.findFirstOrThrow({ where: { organizationId, action: "account.ssoLink" } });
    expect(entry).toMatchObject({ actorId: owner.id, targetId: owner.id, after: { issuer: ISSUER, subject } });
    // The password still works: linking adds a way in.
    expect((await authenticate(test.db, { email: owner.email, password: TEST_PASSWORD }, "192.0.2.10")).ok).toBe(true);
  });

  it.each([false, undefined, "true"])("refuses when email_verified is %s, and links nothing", async (emailVerified) => {
    const { user } = await passwordAccountWithOrganization();
    const outcome = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject: newSubject(), email: user.email, emailVerified });
    expect(outcome).toEqual({ ok: false, reason: "SsoEmailNotVerified" });
    expect(await test.db.ssoIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect(await test.db.auditEntry.count({ where: { actorId: user.id, action: { startsWith: "account." } } })).toBe(0);
  });

  it("matches the email regardless of case", async () => {
    const { user } = await passwordAccountWithOrganization();
    const outcome = await resolveSsoSignIn(test.db, {
      issuer: ISSUER,
      subject: newSubject(),
      email: user.email.toUpperCase(),
      emailVerified: true,
    });
    expect(outcome).toMatchObject({ ok: true, change: "linked", user: { id: user.id } });
  });
});

describe("an account made by single sign-on", () => {
  it("cannot sign in with a password, and says so when asked to change one", async () => {
    const email = uniqueEmail("nopassword");
    const outcome = await resolveSsoSignIn(test.db, { issuer: ISSUER, subject: newSubject(), email, emailVerified: true });
    if (!outcome.ok) throw new Error("expected an account");
    expect((await authenticate(test.db, { email, password: "anything at all" }, "192.0.2.11")).ok).toBe(false);
    const error = await changePassword(test.db, outcome.user.id, "s", { currentPassword: "x", newPassword: "a new long password" }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe(NO_PASSWORD_MESSAGE);
  });
});

describe("OIDC_ONLY", () => {
  it("refuses password sign-up", async () => {
    vi.stubEnv("OIDC_ONLY", "true");
    const email = uniqueEmail("refused");
    const error = await failure(callerFor(test.db).account.signUp({ email, password: "long enough password" }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe(SIGN_UP_OFF_MESSAGE);
    expect(await test.db.user.count({ where: { email } })).toBe(0);
  });
});

async function passwordAccountWithOrganization() {
  const user = await createUser(test.db, uniqueEmail("password"));
  const { organizationId } = await callerFor(test.db, user)
    .organization.create({ name: "Linked Org" })
    .then((o) => ({ organizationId: o.id }));
  return { user, organizationId };
}
