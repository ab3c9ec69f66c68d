import fc from "fast-check";
import type { Session } from "next-auth";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { databaseFingerprint, type DatabaseFingerprint } from "../test/database-fingerprint";
import { callerFor, createOrgWithMember, createUser, sessionFor, uniqueEmail } from "../test/factories";
import { expectedFields } from "../test/input-fields";
import { handleTrpcRequest } from "./http-handler";
import { appRouter } from "./root";

/**
 * Property-based fuzzing of every procedure of the app router (a procedure added later is fuzzed
 * too), over the HTTP handler with superjson, as an anonymous caller, a signed-in non-member and
 * the owner of a real organization. Whatever the input: never a 5xx, and a refused call writes
 * nothing (every table of the database is fingerprinted before and after it).
 *
 * FUZZ_SEED=<n> replays or varies a run; FUZZ_RUNS=<n> sets the inputs per procedure (each is
 * sent by all three callers).
 */
const SEED = Number(process.env.FUZZ_SEED || 20_251_129) | 0;
const RUNS_PER_PROCEDURE = Number(process.env.FUZZ_RUNS || 3);

type AnyProcedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

// ---- hostile values ----------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

const HOSTILE_TEXT = [
  "",
  " ",
  "\t\r\n",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "x\uDBFF",
  "\u202Eevil\u202C",
  "\u200B\u200C\u200D\uFEFF",
  "😀👩‍👩‍👧‍👦🏳️‍🌈",
  "مرحبا עברית",
  "团队_支付",
  "' OR 1=1 --",
  '\'; DROP TABLE "User"; --',
  "%",
  "_",
  "\\",
  "%_\\%'\"",
  "$1",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "-0",
  "0x1F",
  "9".repeat(400),
  "null",
  "undefined",
  "true",
  "{}",
  "[]",
  "__proto__",
  "constructor",
  "prototype",
  "2024-02-30",
  "0000-00-00",
  "9999-12-31",
  "Etc/GMT+99",
  "OWNER",
  "../../etc/passwd",
  "LTAI",
];

const hostileText = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 4 },
  {
    arbitrary: fc.string({
      unit: fc.oneof(fc.constantFrom("\u0000", "\u202E", "\u200B", "'", "%", "_", "\\", "<", "😀", "a"), loneSurrogate),
      maxLength: 24,
    }),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }), weight: 1 },
  // Far past every maximum length, yet under the request size limit.
  { arbitrary: fc.integer({ min: 300, max: 60_000 }).map((length) => "é".repeat(length)), weight: 1 },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, -0, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.integer(),
  fc.double(),
);

// Values superjson carries that JSON cannot.
const hostileOther = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  [],
  {},
  BigInt("123456789012345678901234567890"),
  new Date(Number.NaN),
  new Date(8.64e15),
  /x/,
  new Map([["k", "\u0000"]]),
  new Set([1, "\uD800"]),
);

// Deeper nesting overflows the serializers of this test's own client (the server's answer to 100,000
// levels is checked in http-errors.integration.test.ts).
const deeplyNested = fc.tuple(fc.integer({ min: 50, max: 1_000 }), fc.constantFrom<unknown>("\u0000", "ok", 1, {})).map(([depth, leaf]) => {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level++) value = [value];
  // fast-check prints counterexamples recursively: it would overflow the stack on this one.
  return Object.assign(value as unknown[], { [fc.toStringMethod]: () => `[ ${depth} nested arrays around ${JSON.stringify(leaf)} ]` });
});

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileText, weight: 5 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: hostileOther, weight: 2 },
  { arbitrary: fc.array(fc.array(fc.oneof(hostileText, hostileNumber), { maxLength: 3 }), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(hostileText, hostileText, { maxKeys: 3 }), weight: 1 },
  { arbitrary: deeplyNested, weight: 1 },
);

// ---- the organization the owner fuzzes ----------------------------------------------------------

interface Fixture {
  organizationId: string;
  sessions: Record<"anonymous" | "outsider" | "owner", Session | null>;
  /** Real values by input key, so that fuzzed input also reaches the services' own checks. */
  known: Record<string, unknown[]>;
}

async function createFixture(test: TestDatabase): Promise<Fixture> {
  const { organization, user: owner } = await createOrgWithMember(test.db);
  const organizationId = organization.id;
  const outsider = await createUser(test.db);
  const caller = callerFor(test.db, owner);
  const scenario = await caller.scenario.create({
    organizationId,
    name: "checkout",
    integrationMethod: "WEB_H5",
    verificationType: "SLIDER",
  });
  const accessKey = await caller.accessKey.create({ organizationId, description: "fuzz" });
  const invitation = await caller.invitation.create({ organizationId, email: uniqueEmail("invitee"), role: "MEMBER" });
  const teammate = await createUser(test.db);
  const membership = await test.db.membership.create({ data: { userId: teammate.id, organizationId, role: "MEMBER" } });
  return {
    organizationId,
    sessions: { anonymous: null, outsider: sessionFor(outsider), owner: sessionFor(owner) },
    known: {
      organizationId: [organizationId],
      sceneId: [scenario.sceneId],
      confirmSceneId: [scenario.sceneId],
      accessKeyId: [accessKey.accessKeyId],
      membershipId: [membership.id],
      invitationId: [invitation.id],
      token: [invitation.link.split("/invite/")[1]],
      confirmName: [organization.name],
      version: [1],
      name: ["fuzz_name"],
      description: ["a key"],
      email: [uniqueEmail("fuzz")],
      password: ["long enough password"],
      search: ["check"],
      actor: [owner.id, owner.email],
      from: ["2024-01-01"],
      to: ["2024-12-31"],
      timeZone: ["Asia/Shanghai"],
      urlVerification: ["www.example.com"],
      page: [1, 2],
      pageSize: [10, 50],
    },
  };
}

/** Random JSON, objects with the expected keys all hostile, or mixed with real values and the owner's organization. */
function inputsFor(procedure: AnyProcedure, fixture: Fixture): fc.Arbitrary<unknown> {
  const fields = expectedFields(procedure._def.inputs);
  const keys = [...fields.keys()];
  const extraKeys = fc.dictionary(hostileText, hostileValue, { maxKeys: 2 });
  const plausibleOrHostile = (key: string) => {
    const plausible = [...(fields.get(key) ?? []), ...(fixture.known[key] ?? [])];
    return plausible.length
      ? fc.oneof({ arbitrary: fc.constantFrom(...plausible), weight: 2 }, { arbitrary: hostileValue, weight: 1 })
      : hostileValue;
  };
  const record = (valueFor: (key: string) => fc.Arbitrary<unknown>) =>
    fc.record(Object.fromEntries(keys.map((key) => [key, valueFor(key)])), { requiredKeys: [] });
  const allHostile = fc
    .tuple(
      extraKeys,
      record(() => hostileValue),
    )
    .map(([extra, input]) => ({ ...extra, ...input }));
  const targeted = fc
    .tuple(extraKeys, record(plausibleOrHostile))
    .map(([extra, input]) => ({ ...extra, ...input, ...(fields.has("organizationId") && { organizationId: fixture.organizationId }) }));
  return fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
    { arbitrary: allHostile, weight: 2 },
    { arbitrary: targeted, weight: 4 },
  );
}

// ---- calls over HTTP -----------------------------------------------------------------------------

/**
 * What superjson's own serializer refuses to write (nesting deep enough to overflow its recursion,
 * a "__proto__" key) is sent as an attacker would: as plain JSON in superjson's envelope.
 */
function serialize(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input }, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  }
}

/** The call as the browser's tRPC client makes it: a query as GET ?input=, a mutation as POST. */
function requestFor(path: string, type: AnyProcedure["_def"]["type"], input: unknown): Request {
  const serialized = serialize(input);
  const url = `http://localhost/api/trpc/${path}`;
  if (type === "query") return new Request(`${url}?input=${encodeURIComponent(serialized)}`);
  return new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: serialized });
}

// A stable per-procedure seed: adding a procedure does not change the inputs of the others.
const seedFor = (path: string) => [...path].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), SEED) | 0;

let test: TestDatabase;
const outcomes = new Map<string, number>();
const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

beforeAll(async () => {
  test = await createTestDatabase();
  console.log(
    `tRPC fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS_PER_PROCEDURE} inputs per procedure x 3 callers (FUZZ_RUNS), ${procedures.length} procedures`,
  );
});
afterAll(async () => {
  console.log("tRPC fuzz outcomes (caller status: calls):", Object.fromEntries([...outcomes].sort()));
  await test?.close();
});

describe("fuzzing every tRPC procedure", () => {
  it("covers the whole router", () => expect(procedures.length).toBeGreaterThan(10));

  for (const [path, procedure] of procedures) {
    it(`${path}: never a 5xx, and nothing written when refused`, async () => {
      const fixture = await createFixture(test);
      let fingerprint: DatabaseFingerprint = await databaseFingerprint(test.db);
      await fc.assert(
        fc.asyncProperty(inputsFor(procedure, fixture), async (input) => {
          for (const [caller, session] of Object.entries(fixture.sessions)) {
            const response = await handleTrpcRequest(requestFor(path, procedure._def.type, input), async () => ({ db: test.db, session }));
            const body = await response.text();
            count(`${caller} ${response.status}`);
            expect(response.status, `${caller} on ${path}: ${body.slice(0, 300)}`).toBeLessThan(500);
            const after = await databaseFingerprint(test.db);
            if (response.ok) fingerprint = after;
            else expect(after, `${caller} on ${path} was refused (${response.status}) but wrote`).toEqual(fingerprint);
          }
        }),
        { seed: seedFor(path), numRuns: RUNS_PER_PROCEDURE },
      );
    });
  }

  it("reaches the services: some of the owner's calls succeed", () => {
    expect(outcomes.get("owner 200") ?? 0).toBeGreaterThan(0);
  });
});
