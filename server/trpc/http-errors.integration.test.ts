import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callOverHttp } from "../test/trpc-http";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

/** Calls the app router the way the browser does, through the same handler as the HTTP route. */
async function post(path: string, input: unknown) {
  const response = await callOverHttp(test.db, path, JSON.stringify({ json: input }));
  return { status: response.status, body: await response.json() };
}

describe("errors over HTTP", () => {
  it("report zod field errors next to their fields, with no stack trace", async () => {
    const { status, body } = await post("account.signUp", { email: "nope", password: "short" });
    expect(status).toBe(400);
    expect(body.error.json.data.fieldErrors).toEqual({
      email: ["Enter a valid email address, like name@example.com."],
      password: ["Use at least 10 characters."],
    });
    expect(body.error.json.message).toBe("Enter a valid email address, like name@example.com.");
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
  });

  it("report a duplicate email as a 409 on the email field", async () => {
    await post("account.signUp", { email: "dup@example.com", password: "long enough password" });
    const { status, body } = await post("account.signUp", { email: "DUP@example.com", password: "long enough password" });
    expect(status).toBe(409);
    expect(body.error.json.data.fieldErrors.email[0]).toMatch(/already exists/);
  });

  it("answer a call without a session with 401", async () => {
    const response = await callOverHttp(test.db, "organization.mine");
    expect(response.status).toBe(401);
  });

  it("answer malformed JSON with 400, not 500", async () => {
    const response = await callOverHttp(test.db, "account.signUp", "{not json");
    expect(response.status).toBe(400);
  });

  it("answer 100,000 levels of nested arrays with 400, not 500 (parsers and walkers that recurse run out of stack)", async () => {
    const nested = "[".repeat(100_000) + "]".repeat(100_000);
    // Plain JSON, and with superjson metadata that makes its reader walk the value.
    for (const body of [`{"json":{"email":${nested}}}`, `{"json":{"email":${nested}},"meta":{"values":{"email":["Date"]}}}`]) {
      const response = await callOverHttp(test.db, "account.signUp", body);
      expect(response.status).toBe(400);
    }
  });
});
