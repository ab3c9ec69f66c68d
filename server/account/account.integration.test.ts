import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createUser, sessionFor, TEST_PASSWORD, uniqueEmail } from "../test/factories";
import { appRouter } from "../trpc/root";
import { sessionIsLive, startSession } from "../auth/sessions";
import { SIGN_IN_PER_ADDRESS, SIGN_IN_PER_EMAIL, SIGN_UP_PER_ADDRESS, SIGN_UP_THROTTLED_MESSAGE, THROTTLED_MESSAGE } from "./limits";
import { DUPLICATE_EMAIL_MESSAGE, WRONG_CREDENTIALS_MESSAGE, WRONG_CURRENT_PASSWORD_MESSAGE, authenticate } from "./service";

const MAX_FAILURES_PER_EMAIL = SIGN_IN_PER_EMAIL.limit;
const MAX_FAILURES_PER_ADDRESS = SIGN_IN_PER_ADDRESS.limit;

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("sign-up", () => {
  it("creates the user and a personal organization with the user as OWNER", async () => {
    const email = uniqueEmail("alice");
    const result = await callerFor(test.db).account.signUp({ email, password: "long enough password" });
    const membership = await test.db.membership.findFirstOrThrow({
      where: { user: { email } },
      include: { organization: true },
    });
    expect(membership.role).toBe("OWNER");
    expect(membership.organizationId).toBe(result.organizationId);
    expect(membership.organization.name).toBe(`${email.split("@")[0]}'s organization`);
    expect(membership.organization.prefix).toMatch(/^[a-z0-9]{6}$/);
    const user = await test.db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).not.toContain("long enough password");
  });

  it("refuses an email that exists in another case, and writes nothing", async () => {
    const email = uniqueEmail("bob");
    await callerFor(test.db).account.signUp({ email, password: "long enough password" });
    const before = await test.db.organization.count();
    const error = await rejection(callerFor(test.db).account.signUp({ email: email.toUpperCase(), password: "another password" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(DUPLICATE_EMAIL_MESSAGE);
    expect(await test.db.organization.count()).toBe(before);
  });

  it.each([
    { email: "", password: "long enough password" },
    { email: "not-an-email", password: "long enough password" },
    { email: uniqueEmail(), password: "short" },
    { email: `${"x".repeat(300)}@example.com`, password: "long enough password" },
    { email: uniqueEmail(), password: "p".repeat(10_000) },
  ])("rejects bad input without writing anything (%#)", async (input) => {
    const users = await test.db.user.count();
    const error = await rejection(callerFor(test.db).account.signUp(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await test.db.user.count()).toBe(users);
  });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await createUser(test.db);
    const outcome = await authenticate(test.db, { email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, user: { id: user.id, email: user.email } });
  });

  it("answers a wrong password and an unknown email with the same message", async () => {
    const user = await createUser(test.db);
    const wrongPassword = await authenticate(test.db, { email: user.email, password: "not the password" }, "10.0.0.2");
    const unknownEmail = await authenticate(test.db, { email: uniqueEmail(), password: TEST_PASSWORD }, "10.0.0.2");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid", message: WRONG_CREDENTIALS_MESSAGE });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it(`throttles an email after ${MAX_FAILURES_PER_EMAIL} failures, even with the right password`, async () => {
    const user = await createUser(test.db);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await authenticate(test.db, { email: user.email, password: "wrong password" }, `10.1.0.${i}`);
    }
    const outcome = await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.1.1.1");
    expect(outcome).toEqual({ ok: false, reason: "throttled", message: THROTTLED_MESSAGE });
  });

  it(`throttles a client address after ${MAX_FAILURES_PER_ADDRESS} failures across emails`, async () => {
    const user = await createUser(test.db);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await authenticate(test.db, { email: `x${i}@example.com`, password: "wrong password" }, "10.2.0.1");
    }
    const throttled = await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.1");
    expect(throttled.ok).toBe(false);
    const elsewhere = await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.2");
    expect(elsewhere.ok).toBe(true);
  });

  it("forgets attempts once the window has passed", async () => {
    const user = await createUser(test.db);
    const old = new Date(Date.now() - 16 * 60_000);
    await test.db.attemptCounter.create({ data: { key: `${SIGN_IN_PER_EMAIL.scope}:${user.email}`, count: 50, windowStart: old } });
    expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.3.0.1")).ok).toBe(true);
  });

  it("lets no more than the limit through when 25 wrong passwords arrive at once", async () => {
    const user = await createUser(test.db);
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => authenticate(test.db, { email: user.email, password: `wrong password ${i}` }, `10.4.0.${i}`)),
    );
    // Each attempt that got past the limit had its password checked ("invalid"); the rest were refused unchecked.
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled")).toHaveLength(25 - MAX_FAILURES_PER_EMAIL);
  });

  it("does not count a successful sign-in against the address", async () => {
    const user = await createUser(test.db);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS + 5; i++) {
      expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.5.0.1")).ok).toBe(true);
    }
  });
});

describe("sign-up limit per client address", () => {
  it(`refuses the ${SIGN_UP_PER_ADDRESS.limit + 1}th sign-up attempt in an hour from one address, and writes nothing`, async () => {
    const address = "10.6.0.1";
    const taken = uniqueEmail("taken");
    await callerFor(test.db, undefined, address).account.signUp({ email: taken, password: "long enough password" });
    for (let i = 1; i < SIGN_UP_PER_ADDRESS.limit; i++) {
      await callerFor(test.db, undefined, address)
        .account.signUp({ email: taken, password: "long enough password" })
        .catch(() => undefined);
    }
    const users = await test.db.user.count();
    const error = await rejection(
      callerFor(test.db, undefined, address).account.signUp({ email: uniqueEmail(), password: "long enough password" }),
    );
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toBe(SIGN_UP_THROTTLED_MESSAGE);
    expect(await test.db.user.count()).toBe(users);
    // Another address is not affected.
    await callerFor(test.db, undefined, "10.6.0.2").account.signUp({ email: uniqueEmail(), password: "long enough password" });
  });

  it("counts parallel sign-ups exactly", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        callerFor(test.db, undefined, "10.7.0.1").account.signUp({ email: uniqueEmail(), password: "long enough password" }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(SIGN_UP_PER_ADDRESS.limit);
  });
});

describe("sessions", () => {
  it("lists the account's sessions and marks the current one; another account's are out of reach", async () => {
    const user = await createUser(test.db);
    const here = await startSession(test.db, user.id, { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0", address: "10.8.0.1" });
    const there = await startSession(test.db, user.id, { userAgent: "phone", address: "10.8.0.2" });
    const sessions = await createCaller(user, here).account.sessions();
    expect(sessions.map((s) => [s.id, s.current])).toEqual(
      expect.arrayContaining([
        [here, true],
        [there, false],
      ]),
    );

    const stranger = await createUser(test.db);
    expect((await createCaller(stranger, "x").account.endSession({ sessionId: there })).ended).toBe(0);
    expect(await sessionIsLive(test.db, there, user.id)).toBe(true);
    expect((await createCaller(user, here).account.endSession({ sessionId: there })).ended).toBe(1);
    expect(await sessionIsLive(test.db, there, user.id)).toBe(false);
    expect(await sessionIsLive(test.db, here, user.id)).toBe(true);
  });

  it("signs out everywhere", async () => {
    const user = await createUser(test.db);
    const sessions = await Promise.all([1, 2, 3].map((n) => startSession(test.db, user.id, { userAgent: "", address: `10.9.0.${n}` })));
    expect((await createCaller(user, sessions[0]).account.signOutEverywhere()).ended).toBe(3);
    for (const id of sessions) expect(await sessionIsLive(test.db, id, user.id)).toBe(false);
  });

  it("a session ends with its account", async () => {
    const user = await createUser(test.db);
    const id = await startSession(test.db, user.id, { userAgent: "", address: "" });
    await test.db.user.delete({ where: { id: user.id } });
    expect(await sessionIsLive(test.db, id, user.id)).toBe(false);
  });

  it("a password change needs the current password and ends every other session", async () => {
    const user = await createUser(test.db);
    const [here, there] = await Promise.all([1, 2].map(() => startSession(test.db, user.id, { userAgent: "", address: "" })));
    const wrong = await rejection(
      createCaller(user, here).account.changePassword({ currentPassword: "not it", newPassword: "a brand new password" }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe(WRONG_CURRENT_PASSWORD_MESSAGE);
    expect((wrong.cause as { field?: string }).field).toBe("currentPassword");
    const short = await rejection(
      createCaller(user, here).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(await sessionIsLive(test.db, there, user.id)).toBe(true);

    await createCaller(user, here).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new password" });
    expect(await sessionIsLive(test.db, here, user.id)).toBe(true);
    expect(await sessionIsLive(test.db, there, user.id)).toBe(false);
    expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.10.0.1")).ok).toBe(false);
    expect((await authenticate(test.db, { email: user.email, password: "a brand new password" }, "10.10.0.1")).ok).toBe(true);
  });
});

function createCaller(user: { id: string; email: string }, sessionId: string) {
  return appRouter.createCaller({ db: test.db, session: sessionFor(user, sessionId), clientAddress: "10.11.0.1" });
}
