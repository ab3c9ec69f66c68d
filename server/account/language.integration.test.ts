import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { findLiveSession, startSession } from "../auth/sessions";
import { callerFor, createUser, failure } from "../test/factories";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

describe("the console language a person chooses", () => {
  it("is saved on the person's account", async () => {
    const user = await createUser(test.db);
    expect(await callerFor(test.db, user).account.setLanguage({ language: "zh-CN" })).toEqual({ language: "zh-CN" });
    expect((await test.db.user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe("zh-CN");
    await callerFor(test.db, user).account.setLanguage({ language: "en" });
    expect((await test.db.user.findUniqueOrThrow({ where: { id: user.id } })).language).toBe("en");
  });

  it("changes nobody else's", async () => {
    const [alice, bob] = [await createUser(test.db), await createUser(test.db)];
    await callerFor(test.db, alice).account.setLanguage({ language: "zh-CN" });
    expect((await test.db.user.findUniqueOrThrow({ where: { id: bob.id } })).language).toBeNull();
  });

  it("needs a signed-in person", async () => {
    expect((await failure(callerFor(test.db).account.setLanguage({ language: "en" })))?.code).toBe("UNAUTHORIZED");
  });

  it.each(["fr", "", "zh", "EN", "x".repeat(500)])(
    "refuses a language the console does not speak (%j) and changes nothing",
    async (language) => {
      const user = await createUser(test.db);
      const error = await failure(callerFor(test.db, user).account.setLanguage({ language: language as "en" }));
      expect(error?.code).toBe("BAD_REQUEST");
      expect((await test.db.user.findUniqueOrThrow({ where: { id: user.id } })).language).toBeNull();
    },
  );
});

describe("the saved language on each request", () => {
  it("comes with the session's own row, so a request's language costs no query of its own", async () => {
    const user = await createUser(test.db);
    const sessionId = await startSession(test.db, user.id, { userAgent: "test", address: "192.0.2.1" });
    expect(await findLiveSession(test.db, sessionId, user.id)).toMatchObject({ language: null });
    await callerFor(test.db, user).account.setLanguage({ language: "zh-CN" });
    expect(await findLiveSession(test.db, sessionId, user.id)).toMatchObject({ method: "password", language: "zh-CN" });
  });
});
