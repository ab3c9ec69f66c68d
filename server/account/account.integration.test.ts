import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createUser, TEST_PASSWORD, uniqueEmail } from "../test/factories";
import { DUPLICATE_EMAIL_MESSAGE, WRONG_CREDENTIALS_MESSAGE, authenticate } from "./service";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, THROTTLED_MESSAGE } from "./sign-in-throttle";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
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
    const error = await rejection(
      callerFor(test.db).account.signUp({ email: email.toUpperCase(), password: "another password" }),
    );
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
    await test.db.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, i) => ({ email: `x${i}@example.com`, address: "10.2.0.1" })),
    });
    const throttled = await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.1");
    expect(throttled.ok).toBe(false);
    const elsewhere = await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.2.0.2");
    expect(elsewhere.ok).toBe(true);
  });

  it("forgets failures older than the window", async () => {
    const user = await createUser(test.db);
    const old = new Date(Date.now() - 16 * 60_000);
    await test.db.signInFailure.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_EMAIL }, () => ({ email: user.email, address: "10.3.0.1", createdAt: old })),
    });
    expect((await authenticate(test.db, { email: user.email, password: TEST_PASSWORD }, "10.3.0.1")).ok).toBe(true);
  });
});
