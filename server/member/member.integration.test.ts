import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { acceptInvitation, createInvitation } from "../invitation/service";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { callerFor, createOrgWithMember, createUser, failure, sessionFor, uniqueEmail } from "../test/factories";
import { createCaller } from "../trpc/root";
import { INVITATION_MESSAGES } from "../invitation/rules";
import { MEMBER_MESSAGES } from "./rules";

let test: TestDatabase;
beforeAll(async () => (test = await createTestDatabase()));
afterAll(() => test.close());

async function addMember(organizationId: string, role: "OWNER" | "ADMIN" | "MEMBER" | "VIEWER") {
  const user = await createUser(test.db, uniqueEmail(role.toLowerCase()));
  const membership = await test.db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { user, membership };
}

const membershipOf = (userId: string, organizationId: string) => test.db.membership.findFirstOrThrow({ where: { userId, organizationId } });

describe("members", () => {
  it("lists members with email, role and joined date to every member", async () => {
    const { organization, user: viewer } = await createOrgWithMember(test.db, { role: "VIEWER" });
    const members = await callerFor(test.db, viewer).member.list({ organizationId: organization.id });
    expect(members.map((member) => member.role).sort()).toEqual(["OWNER", "VIEWER"]);
    expect(members.every((member) => member.user.email.includes("@") && member.createdAt instanceof Date)).toBe(true);
  });

  it("an admin changes a member's role, with an audit entry holding before and after", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const admin = await addMember(organization.id, "ADMIN");
    const member = await addMember(organization.id, "MEMBER");
    await callerFor(test.db, admin.user).member.updateRole({
      organizationId: organization.id,
      membershipId: member.membership.id,
      role: "VIEWER",
    });
    expect((await membershipOf(member.user.id, organization.id)).role).toBe("VIEWER");
    const entry = await test.db.auditEntry.findFirstOrThrow({ where: { organizationId: organization.id, action: "member.updateRole" } });
    expect(entry).toMatchObject({ actorId: admin.user.id, before: { role: "MEMBER" }, after: { role: "VIEWER" } });
    void owner;
  });

  it("an admin can neither touch an owner nor make anyone an owner", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const admin = await addMember(organization.id, "ADMIN");
    const member = await addMember(organization.id, "MEMBER");
    const ownerMembership = await membershipOf(owner.id, organization.id);
    const caller = callerFor(test.db, admin.user);
    expect(
      (await failure(caller.member.updateRole({ organizationId: organization.id, membershipId: ownerMembership.id, role: "VIEWER" })))
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await failure(caller.member.remove({ organizationId: organization.id, membershipId: ownerMembership.id })))?.code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failure(caller.member.updateRole({ organizationId: organization.id, membershipId: member.membership.id, role: "OWNER" })))
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await membershipOf(owner.id, organization.id)).role).toBe("OWNER");
    expect((await membershipOf(member.user.id, organization.id)).role).toBe("MEMBER");
  });

  it("keeps at least one owner: no demoting, removing or leaving as the last owner", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    await addMember(organization.id, "ADMIN");
    const caller = callerFor(test.db, owner);
    const mine = await membershipOf(owner.id, organization.id);
    const demote = await failure(caller.member.updateRole({ organizationId: organization.id, membershipId: mine.id, role: "ADMIN" }));
    expect(demote?.code).toBe("PRECONDITION_FAILED");
    expect(demote?.message).toBe(MEMBER_MESSAGES.lastOwner);
    expect((await failure(caller.member.leave({ organizationId: organization.id })))?.message).toBe(MEMBER_MESSAGES.lastOwner);
    expect((await membershipOf(owner.id, organization.id)).role).toBe("OWNER");

    const second = await addMember(organization.id, "OWNER");
    await caller.member.leave({ organizationId: organization.id });
    expect(await test.db.membership.count({ where: { organizationId: organization.id, role: "OWNER" } })).toBe(1);
    const lastRemoval = await failure(
      callerFor(test.db, second.user).member.updateRole({
        organizationId: organization.id,
        membershipId: second.membership.id,
        role: "VIEWER",
      }),
    );
    expect(lastRemoval?.code).toBe("PRECONDITION_FAILED");
  });

  it("transfers ownership; the previous owner stays as admin", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const member = await addMember(organization.id, "MEMBER");
    await callerFor(test.db, owner).member.transferOwnership({ organizationId: organization.id, membershipId: member.membership.id });
    expect((await membershipOf(member.user.id, organization.id)).role).toBe("OWNER");
    expect((await membershipOf(owner.id, organization.id)).role).toBe("ADMIN");
    const again = await failure(
      callerFor(test.db, owner).member.transferOwnership({ organizationId: organization.id, membershipId: member.membership.id }),
    );
    expect(again?.code).toBe("FORBIDDEN");
  });

  it("a member's own role changes like anyone's: an owner steps down while another owner stays, an admin steps down", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const secondOwner = await addMember(organization.id, "OWNER");
    const admin = await addMember(organization.id, "ADMIN");
    const mine = await membershipOf(owner.id, organization.id);
    await callerFor(test.db, owner).member.updateRole({ organizationId: organization.id, membershipId: mine.id, role: "ADMIN" });
    expect((await membershipOf(owner.id, organization.id)).role).toBe("ADMIN");
    await callerFor(test.db, admin.user).member.updateRole({
      organizationId: organization.id,
      membershipId: admin.membership.id,
      role: "VIEWER",
    });
    expect((await membershipOf(admin.user.id, organization.id)).role).toBe("VIEWER");
    // Having stepped down, neither may manage members any more, themselves included.
    const denied = await failure(
      callerFor(test.db, admin.user).member.updateRole({
        organizationId: organization.id,
        membershipId: admin.membership.id,
        role: "ADMIN",
      }),
    );
    expect(denied?.code).toBe("FORBIDDEN");
    const promoteSelf = await failure(
      callerFor(test.db, owner).member.updateRole({ organizationId: organization.id, membershipId: mine.id, role: "OWNER" }),
    );
    expect(promoteSelf?.message).toBe(MEMBER_MESSAGES.adminCannotGrantOwner);
    expect((await membershipOf(secondOwner.user.id, organization.id)).role).toBe("OWNER");
  });

  it("acting on a member of another organization answers NOT_FOUND and changes nothing", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const other = await createOrgWithMember(test.db, { role: "MEMBER" });
    const foreign = await membershipOf(other.user.id, other.organization.id);
    const caller = callerFor(test.db, owner);
    expect(
      (await failure(caller.member.updateRole({ organizationId: organization.id, membershipId: foreign.id, role: "VIEWER" })))?.code,
    ).toBe("NOT_FOUND");
    expect((await failure(caller.member.remove({ organizationId: organization.id, membershipId: foreign.id })))?.code).toBe("NOT_FOUND");
    expect((await membershipOf(other.user.id, other.organization.id)).role).toBe("MEMBER");
  });

  it("rejects unknown roles", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const member = await addMember(organization.id, "MEMBER");
    const error = await failure(
      callerFor(test.db, owner).member.updateRole({
        organizationId: organization.id,
        membershipId: member.membership.id,
        role: "GOD" as never,
      }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
  });
});

describe("organizations", () => {
  it("a user creates another organization and owns it", async () => {
    const user = await createUser(test.db);
    const created = await callerFor(test.db, user).organization.create({ name: "Second org" });
    expect((await membershipOf(user.id, created.id)).role).toBe("OWNER");
    expect((await callerFor(test.db, user).organization.mine()).map((organization) => organization.name)).toContain("Second org");
  });

  it("deleting an organization needs its exact name and removes everything in it", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const caller = callerFor(test.db, owner);
    const scenario = await caller.scenario.create({
      organizationId: organization.id,
      name: "doomed",
      integrationMethod: "WEB_H5",
      verificationType: "SLIDER",
    });
    await createInvitation(
      test.db,
      { userId: owner.id, email: owner.email, role: "OWNER" },
      organization,
      { email: uniqueEmail(), role: "VIEWER" },
      "http://x",
    );
    expect((await failure(caller.organization.delete({ organizationId: organization.id, confirmName: "acme" })))?.code).toBe("BAD_REQUEST");
    expect(await test.db.organization.count({ where: { id: organization.id } })).toBe(1);

    await caller.organization.delete({ organizationId: organization.id, confirmName: organization.name });
    expect(await test.db.organization.count({ where: { id: organization.id } })).toBe(0);
    expect(await test.db.scenario.count({ where: { sceneId: scenario.sceneId } })).toBe(0);
    expect(await test.db.membership.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await test.db.invitation.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await test.db.auditEntry.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("only an owner deletes an organization", async () => {
    const { organization, user: admin } = await createOrgWithMember(test.db, { role: "ADMIN" });
    expect(
      (await failure(callerFor(test.db, admin).organization.delete({ organizationId: organization.id, confirmName: organization.name })))
        ?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("invitations", () => {
  async function invite(role: "ADMIN" | "MEMBER" | "VIEWER" = "MEMBER", email = uniqueEmail("invitee"), now = new Date()) {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const invitation = await createInvitation(
      test.db,
      { userId: owner.id, email: owner.email, role: "OWNER" },
      organization,
      { email, role },
      "http://localhost:3000",
      now,
    );
    return { organization, owner, invitation, email, token: invitation.link.split("/invite/")[1] };
  }

  it("an invitation link joins the invited email with the role, once", async () => {
    const { organization, email, token, invitation } = await invite("VIEWER");
    expect(invitation.link).toMatch(/^http:\/\/localhost:3000\/invite\/[\w-]{43}$/);
    const user = await createUser(test.db, email);
    await callerFor(test.db, user).invitation.accept({ token });
    expect((await membershipOf(user.id, organization.id)).role).toBe("VIEWER");
    const replay = await failure(callerFor(test.db, user).invitation.accept({ token }));
    expect(replay?.code).toBe("PRECONDITION_FAILED");
    expect(replay?.message).toBe("This invitation has already been used.");
    expect(await test.db.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
  });

  it("the link points at the configured public address (NEXTAUTH_URL) when the request gives none", async () => {
    const { organization, user: owner } = await createOrgWithMember(test.db);
    const caller = callerFor(test.db, owner);
    vi.stubEnv("NEXTAUTH_URL", "https://captcha.example.com/");
    try {
      const { link } = await caller.invitation.create({ organizationId: organization.id, email: uniqueEmail(), role: "MEMBER" });
      expect(link).toMatch(/^https:\/\/captcha\.example\.com\/invite\/[\w-]{43}$/);
    } finally {
      vi.unstubAllEnvs();
    }
    const { organization: other, user: admin } = await createOrgWithMember(test.db, { role: "ADMIN" });
    const viaRoute = createCaller({ db: test.db, session: sessionFor(admin), baseUrl: "http://localhost:3200" });
    expect((await viaRoute.invitation.create({ organizationId: other.id, email: uniqueEmail(), role: "VIEWER" })).link).toMatch(
      /^http:\/\/localhost:3200\/invite\//,
    );
    const { organization: third, user: member } = await createOrgWithMember(test.db, { role: "MEMBER" });
    const refused = await failure(
      callerFor(test.db, member).invitation.create({ organizationId: third.id, email: uniqueEmail(), role: "VIEWER" }),
    );
    expect(refused?.code).toBe("FORBIDDEN");
  });

  it("refuses another email, and joins nobody", async () => {
    const { organization, email, token } = await invite();
    const stranger = await createUser(test.db);
    const error = await failure(callerFor(test.db, stranger).invitation.accept({ token }));
    expect(error?.code).toBe("FORBIDDEN");
    expect(error?.message).toContain(email);
    expect(await test.db.membership.count({ where: { organizationId: organization.id, userId: stranger.id } })).toBe(0);
  });

  it("an expired invitation says so and joins nobody", async () => {
    const longAgo = new Date(Date.now() - 8 * 24 * 3600_000);
    const { organization, email, token } = await invite("MEMBER", uniqueEmail(), longAgo);
    const user = await createUser(test.db, email);
    const error = await failure(callerFor(test.db, user).invitation.accept({ token }));
    expect(error?.message).toBe("This invitation has expired. Ask for a new invitation.");
    expect(await test.db.membership.count({ where: { organizationId: organization.id, userId: user.id } })).toBe(0);
    expect((await callerFor(test.db).invitation.describe({ token })).status).toBe("expired");
  });

  it("a revoked invitation says so and joins nobody", async () => {
    const { organization, owner, invitation, email, token } = await invite();
    await callerFor(test.db, owner).invitation.revoke({ organizationId: organization.id, invitationId: invitation.id });
    const user = await createUser(test.db, email);
    expect((await failure(callerFor(test.db, user).invitation.accept({ token })))?.message).toBe(
      "This invitation was revoked. Ask for a new invitation.",
    );
    expect((await callerFor(test.db, owner).invitation.list({ organizationId: organization.id })).invitations).toHaveLength(0);
  });

  it("a tampered token is not valid", async () => {
    const { email, token } = await invite();
    const user = await createUser(test.db, email);
    const error = await failure(callerFor(test.db, user).invitation.accept({ token: `${token.slice(0, -1)}x` }));
    expect(error?.code).toBe("NOT_FOUND");
    expect((await callerFor(test.db).invitation.describe({ token: "garbage" })).status).toBe("unknown");
  });

  it("refuses malformed emails, existing members and duplicate pending invitations", async () => {
    const { organization, owner, email } = await invite();
    const caller = callerFor(test.db, owner);
    expect((await failure(caller.invitation.create({ organizationId: organization.id, email: "nope", role: "MEMBER" })))?.code).toBe(
      "BAD_REQUEST",
    );
    expect((await failure(caller.invitation.create({ organizationId: organization.id, email, role: "MEMBER" })))?.message).toBe(
      INVITATION_MESSAGES.alreadyInvited,
    );
    expect(
      (await failure(caller.invitation.create({ organizationId: organization.id, email: owner.email, role: "MEMBER" })))?.message,
    ).toBe(INVITATION_MESSAGES.alreadyMember);
    expect(await test.db.invitation.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("lists pending invitations with role, inviter and expiry, and never the token", async () => {
    const { organization, owner } = await invite("ADMIN");
    const { invitations } = await callerFor(test.db, owner).invitation.list({ organizationId: organization.id });
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ role: "ADMIN", invitedByEmail: owner.email });
    expect(invitations[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(JSON.stringify(invitations)).not.toMatch(/token/i);
  });

  it("accepting writes an audit entry; inviting does not record the token", async () => {
    const { organization, email, token } = await invite();
    const user = await createUser(test.db, email);
    await acceptInvitation(test.db, { id: user.id, email: user.email }, token);
    const entries = await test.db.auditEntry.findMany({ where: { organizationId: organization.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["member.invite", "invitation.accept"]);
    expect(JSON.stringify(entries)).not.toContain(token);
  });
});
