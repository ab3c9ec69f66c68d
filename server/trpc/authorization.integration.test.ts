import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Permission, Role } from "../permissions";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser } from "../test/factories";
import { appRouter } from "./root";

/**
 * The authorization matrix. Every procedure of the app router must either name a permission
 * (and then each role, and a non-member, is allowed or denied as the product's table says) or be
 * listed below as deliberately not organization-scoped. A new procedure without a rule fails.
 */
const NOT_ORGANIZATION_SCOPED: Record<string, string> = {
  "account.signUp": "public: creates an account",
  "account.sessions": "signed in: the caller's own sessions",
  "account.endSession": "signed in: one of the caller's own sessions",
  "account.signOutEverywhere": "signed in: the caller's own sessions",
  "account.changePassword": "signed in: the caller's own password",
  "account.setLanguage": "signed in: the caller's own console language",
  "organization.mine": "signed in: the caller's own memberships",
  "organization.create": "signed in: anyone may start an organization",
  "invitation.describe": "public: the token is the proof",
  "invitation.accept": "signed in: checked against the invited email",
  "passwordReset.availability": "public: whether the server can send email",
  "passwordReset.request": "public: the same answer for every email",
  "passwordReset.describe": "public: the token is the proof",
  "passwordReset.complete": "public: the token is the proof",
  "emailVerification.status": "signed in: the caller's own account",
  "emailVerification.resend": "signed in: the caller's own account",
  "emailVerification.verify": "public: the token is the proof",
};

// The product's table (issue: roles and what they may do), written out independently of
// server/permissions.ts so that a change to the map has to be a change to this table too.
const ALLOWED: Record<Permission, Role[]> = {
  "organization.read": ["OWNER", "ADMIN", "MEMBER", "VIEWER"],
  "scenario.read": ["OWNER", "ADMIN", "MEMBER", "VIEWER"],
  "scenario.write": ["OWNER", "ADMIN", "MEMBER"],
  "scenario.delete": ["OWNER", "ADMIN"],
  "member.manage": ["OWNER", "ADMIN"],
  "audit.read": ["OWNER", "ADMIN"],
  "accessKey.manage": ["OWNER", "ADMIN"],
  "alert.read": ["OWNER", "ADMIN", "MEMBER", "VIEWER"],
  "alert.manage": ["OWNER", "ADMIN"],
  "organization.own": ["OWNER"],
};

type AnyProcedure = { _def: { meta?: { permission?: Permission }; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

function call(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce((node: any, key) => node[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(input);
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : "THREW"),
  );

describe("authorization matrix", () => {
  it("every procedure has a rule", () => {
    const unruled = procedures.filter(([path, procedure]) => !procedure._def.meta?.permission && !(path in NOT_ORGANIZATION_SCOPED));
    expect(unruled.map(([path]) => path)).toEqual([]);
    expect(procedures.length).toBeGreaterThan(10);
  });

  for (const [path, procedure] of procedures) {
    const permission = procedure._def.meta?.permission;
    if (!permission) continue;
    it(`${path} (${permission}): ${ALLOWED[permission].join(", ")} allowed; others and non-members denied`, async () => {
      for (const role of ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const) {
        const { organization, user } = await createOrgWithMember(test.db, { role });
        // Only the organization id: allowed roles pass the gate and then fail validation or
        // succeed; denied roles are stopped at the gate before any input is read.
        const code = await codeOf(call(callerFor(test.db, user), path, { organizationId: organization.id }));
        if (ALLOWED[permission].includes(role)) expect(code, `${role} on ${path}`).not.toMatch(/FORBIDDEN|UNAUTHORIZED/);
        else expect(code, `${role} on ${path}`).toBe("FORBIDDEN");
      }
      const { organization } = await createOrgWithMember(test.db);
      const outsider = await createUser(test.db);
      expect(await codeOf(call(callerFor(test.db, outsider), path, { organizationId: organization.id }))).toBe("FORBIDDEN");
      expect(await codeOf(call(callerFor(test.db), path, { organizationId: organization.id }))).toBe("UNAUTHORIZED");
    });
  }
});
