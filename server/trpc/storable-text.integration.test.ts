import type { TRPCError } from "@trpc/server";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, uniqueEmail } from "../test/factories";
import { callOverHttp } from "../test/trpc-http";
import { appRouter } from "./root";
import { UNSTORABLE_TEXT_MESSAGE } from "../http/storable-text";

/**
 * PostgreSQL cannot store NUL in text or jsonb, and a lone surrogate is not Unicode at all: such
 * strings used to reach the database and come back as 500s. They are refused once, at the edge.
 */
let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

const NUL = "a\u0000b";
const LONE_SURROGATE = "a\uD800b";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as TRPCError,
  );

function call(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce((node: any, key) => node[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(input);
}

type AnyProcedure = { _def: { meta?: { permission?: string } } };
const organizationProcedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>)
  .filter(([, procedure]) => procedure._def.meta?.permission)
  .map(([path]) => path);

describe("text PostgreSQL cannot store", () => {
  for (const [label, bad] of [
    ["NUL", NUL],
    ["a lone surrogate", LONE_SURROGATE],
  ] as const) {
    it(`is refused with BAD_REQUEST in organizationId (${label}), on every organization procedure, for the owner`, async () => {
      const { user } = await createOrgWithMember(test.db);
      expect(organizationProcedures.length).toBeGreaterThan(15);
      for (const path of organizationProcedures) {
        const error = await failure(call(callerFor(test.db, user), path, { organizationId: bad }));
        expect(error?.code, path).toBe("BAD_REQUEST");
        expect(error?.message, path).toBe(UNSTORABLE_TEXT_MESSAGE);
      }
    });
  }

  it("is refused in the organization's name, and nothing is created", async () => {
    const { user } = await createOrgWithMember(test.db);
    const before = await test.db.organization.count();
    for (const name of [NUL, LONE_SURROGATE, "\uDC00", "x\uDBFF"]) {
      const error = await failure(callerFor(test.db, user).organization.create({ name }));
      expect(error?.code).toBe("BAD_REQUEST");
    }
    expect(await test.db.organization.count()).toBe(before);
  });

  it("is refused in an access key's description", async () => {
    const { user, organization } = await createOrgWithMember(test.db);
    for (const description of [NUL, LONE_SURROGATE]) {
      const error = await failure(callerFor(test.db, user).accessKey.create({ organizationId: organization.id, description }));
      expect(error?.code).toBe("BAD_REQUEST");
    }
    expect(await test.db.accessKey.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("is refused in a sign-up's email or password, and no account is created", async () => {
    const users = await test.db.user.count();
    for (const input of [
      { email: `a${NUL}@example.com`, password: "long enough password" },
      { email: `a${LONE_SURROGATE}@example.com`, password: "long enough password" },
      { email: uniqueEmail(), password: `long enough ${NUL}` },
      { email: uniqueEmail(), password: `long enough ${LONE_SURROGATE}` },
    ]) {
      const error = await failure(callerFor(test.db).account.signUp(input));
      expect(error?.code, JSON.stringify(input)).toBe("BAD_REQUEST");
    }
    expect(await test.db.user.count()).toBe(users);
  });

  it("is refused anywhere in nested input: arrays, objects, keys", async () => {
    const { user, organization } = await createOrgWithMember(test.db);
    const caller = callerFor(test.db, user);
    const organizationId = organization.id;
    for (const input of [
      { organizationId, search: "ok", extra: { deep: [[1, { more: NUL }]] } },
      { organizationId, [`key${NUL}`]: 1 },
      { organizationId, list: ["fine", LONE_SURROGATE] },
    ]) {
      const error = await failure(call(caller, "scenario.list", input));
      expect(error?.code, JSON.stringify(input)).toBe("BAD_REQUEST");
    }
  });

  it("still accepts text that is merely unusual: emoji, right-to-left, zero-width, other control characters", async () => {
    const { user } = await createOrgWithMember(test.db);
    for (const name of ["😀 团队", "\u202Eevil", "zero\u200Bwidth", "tab\there", "bell\u0007"]) {
      const created = await callerFor(test.db, user).organization.create({ name });
      expect(created.name).toBe(name);
    }
  });

  it("names the field over HTTP, in the usual error format", async () => {
    const { organization } = await createOrgWithMember(test.db);
    const input = JSON.stringify(superjson.serialize({ organizationId: organization.id, description: NUL }));
    const response = await callOverHttp(test.db, "accessKey.create", input);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.data.fieldErrors).toEqual({ description: [UNSTORABLE_TEXT_MESSAGE] });
  });

  it("answers on the whole form when the key is one superjson will not send back (was a 500)", async () => {
    // ("__proto__" does not get this far: superjson drops it while reading the input.)
    for (const key of ["constructor", "prototype"]) {
      // Written by hand: superjson's client refuses these keys, an attacker's client does not.
      const response = await callOverHttp(test.db, "organization.create", `{"json":{"${key}":"\\uD800"}}`);
      const body = await response.json();
      expect(response.status, key).toBe(400);
      expect(body.error.json.data.fieldErrors, key).toEqual({ _form: [UNSTORABLE_TEXT_MESSAGE] });
    }
  });
});
