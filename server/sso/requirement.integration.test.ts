import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "../permissions";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { createOrgWithMember, failure, sessionFor } from "../test/factories";
import { createCaller } from "../trpc/root";
import { SSO_NOT_CONFIGURED_MESSAGE, SSO_REQUIRED_MESSAGE } from "./rules";
import { SSO_FIRST_MESSAGE } from "./requirement";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

const configureOidc = () => {
  vi.stubEnv("OIDC_ISSUER", "https://id.example.com");
  vi.stubEnv("OIDC_CLIENT_ID", "console");
  vi.stubEnv("OIDC_CLIENT_SECRET", "s3cret");
};
beforeEach(configureOidc);
afterEach(() => vi.unstubAllEnvs());

/** A caller whose session was started with `method`, as the NextAuth callbacks record it. */
const callerAs = (user: { id: string; email: string }, method: "password" | "oidc") => {
  const session = sessionFor(user);
  return createCaller({ db: test.db, session: { ...session, user: { ...session.user, signInMethod: method } } });
};

describe("organization.setSsoRequirement", () => {
  it("lets an owner signed in with single sign-on require it, and records the change", async () => {
    const { organization, user } = await createOrgWithMember(test.db, { role: "OWNER" });
    const result = await callerAs(user, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: true });
    expect(result).toEqual({ requireSso: true });
    expect((await test.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).requireSso).toBe(true);
    const entry = await test.db.auditEntry.findFirstOrThrow({
      where: { organizationId: organization.id, action: "organization.requireSso" },
    });
    expect(entry).toMatchObject({ actorId: user.id, before: { requireSso: false }, after: { requireSso: true } });

    await callerAs(user, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: false });
    expect((await test.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).requireSso).toBe(false);
    expect(await test.db.auditEntry.count({ where: { organizationId: organization.id, action: "organization.requireSso" } })).toBe(2);
  });

  it.each(["ADMIN", "MEMBER", "VIEWER"] as Role[])("refuses %s, and changes nothing", async (role) => {
    const { organization, user } = await createOrgWithMember(test.db, { role });
    const error = await failure(
      callerAs(user, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: true }),
    );
    expect(error?.code).toBe("FORBIDDEN");
    expect((await test.db.organization.findUniqueOrThrow({ where: { id: organization.id } })).requireSso).toBe(false);
  });

  it("refuses an owner of another organization", async () => {
    const { organization } = await createOrgWithMember(test.db, { role: "OWNER" });
    const { user: stranger } = await createOrgWithMember(test.db, { role: "OWNER" });
    const error = await failure(
      callerAs(stranger, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: true }),
    );
    expect(error?.code).toBe("FORBIDDEN");
  });

  it("asks an owner signed in with a password to use single sign-on first", async () => {
    const { organization, user } = await createOrgWithMember(test.db, { role: "OWNER" });
    const error = await failure(
      callerAs(user, "password").organization.setSsoRequirement({ organizationId: organization.id, requireSso: true }),
    );
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect(error?.message).toBe(SSO_FIRST_MESSAGE);
  });

  it("refuses to require single sign-on when it is not configured", async () => {
    vi.unstubAllEnvs();
    vi.stubEnv("OIDC_ISSUER", "");
    const { organization, user } = await createOrgWithMember(test.db, { role: "OWNER" });
    const error = await failure(
      callerAs(user, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: true }),
    );
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect(error?.message).toBe(SSO_NOT_CONFIGURED_MESSAGE);
  });

  it("refuses a value that is not true or false", async () => {
    const { organization, user } = await createOrgWithMember(test.db, { role: "OWNER" });
    const error = await failure(
      callerAs(user, "oidc").organization.setSsoRequirement({ organizationId: organization.id, requireSso: "yes" as never }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
  });
});

describe("an organization that requires single sign-on", () => {
  async function requiringOrganization(role: Role) {
    const { organization, user } = await createOrgWithMember(test.db, { role });
    await test.db.organization.update({ where: { id: organization.id }, data: { requireSso: true } });
    return { organization, user };
  }

  it("refuses every call of a member whose session started with a password", async () => {
    const { organization, user } = await requiringOrganization("MEMBER");
    const error = await failure(callerAs(user, "password").scenario.list({ organizationId: organization.id }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toBe(SSO_REQUIRED_MESSAGE);
    expect((await failure(callerAs(user, "password").organization.current({ organizationId: organization.id })))?.message).toBe(
      SSO_REQUIRED_MESSAGE,
    );
  });

  it("opens to a session started with single sign-on", async () => {
    const { organization, user } = await requiringOrganization("MEMBER");
    const current = await callerAs(user, "oidc").organization.current({ organizationId: organization.id });
    expect(current).toMatchObject({ id: organization.id, requireSso: true, role: "MEMBER" });
  });

  it("opens to password sessions again once single sign-on is no longer configured", async () => {
    const { organization, user } = await requiringOrganization("VIEWER");
    vi.unstubAllEnvs();
    vi.stubEnv("OIDC_ISSUER", "");
    expect(await callerAs(user, "password").organization.current({ organizationId: organization.id })).toMatchObject({
      id: organization.id,
    });
  });

  it("still lists itself among the member's organizations (the console explains what to do)", async () => {
    const { organization, user } = await requiringOrganization("ADMIN");
    const mine = await callerAs(user, "password").organization.mine();
    expect(mine).toEqual([expect.objectContaining({ id: organization.id, requireSso: true })]);
  });
});
