import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_A_MEMBER_MESSAGE } from "../trpc/procedures";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, failure } from "../test/factories";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

describe("access to organizations", () => {
  it("answers UNAUTHORIZED without a session", async () => {
    const error = await failure(callerFor(test.db).organization.mine());
    expect(error).toBeInstanceOf(TRPCError);
    expect(error?.code).toBe("UNAUTHORIZED");
    const { organization } = await createOrgWithMember(test.db);
    expect((await failure(callerFor(test.db).organization.current({ organizationId: organization.id })))?.code).toBe("UNAUTHORIZED");
  });

  it("lists only the caller's organizations, with the caller's role", async () => {
    const { user, organization } = await createOrgWithMember(test.db, { role: "VIEWER" });
    await createOrgWithMember(test.db); // someone else's
    expect(await callerFor(test.db, user).organization.mine()).toEqual([
      { id: organization.id, name: organization.name, prefix: organization.prefix, requireSso: false, role: "VIEWER" },
    ]);
  });

  it("answers FORBIDDEN for an organization the caller is not a member of", async () => {
    const { user } = await createOrgWithMember(test.db);
    const other = await createOrgWithMember(test.db);
    const error = await failure(callerFor(test.db, user).organization.current({ organizationId: other.organization.id }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe(NOT_A_MEMBER_MESSAGE);
  });

  it("answers FORBIDDEN for an organization id that does not exist, and BAD_REQUEST for garbage", async () => {
    const { user } = await createOrgWithMember(test.db);
    expect((await failure(callerFor(test.db, user).organization.current({ organizationId: "nope" })))?.code).toBe("FORBIDDEN");
    expect((await failure(callerFor(test.db, user).organization.current({ organizationId: "x".repeat(500) })))?.code).toBe("BAD_REQUEST");
  });

  it("sees a removed member lose access on the next call", async () => {
    const { user, organization } = await createOrgWithMember(test.db, { role: "MEMBER" });
    const caller = callerFor(test.db, user);
    await caller.organization.current({ organizationId: organization.id });
    await test.db.membership.deleteMany({ where: { userId: user.id, organizationId: organization.id } });
    expect((await failure(caller.organization.current({ organizationId: organization.id })))?.code).toBe("FORBIDDEN");
  });
});
