import { describe, expect, it } from "vitest";
import { abilitiesLost, abilitiesOf, can, PERMISSION_ABILITIES, PERMISSIONS, roleWithArticle } from "./permissions";

describe("the permissions map", () => {
  it.each([
    ["organization.read", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: true }],
    ["scenario.read", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: true }],
    ["scenario.write", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: false }],
    ["scenario.delete", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["member.manage", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["accessKey.manage", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["audit.read", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["alert.read", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: true }],
    ["alert.manage", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["organization.own", { OWNER: true, ADMIN: false, MEMBER: false, VIEWER: false }],
  ] as const)("%s", (permission, expected) => {
    for (const [role, allowed] of Object.entries(expected)) {
      expect(can(role as keyof typeof expected, permission), `${role} ${permission}`).toBe(allowed);
    }
  });

  it("says in words what each role may do, one line per permission it holds", () => {
    expect(abilitiesOf("OWNER")).toEqual(Object.values(PERMISSION_ABILITIES));
    expect(abilitiesOf("VIEWER")).toEqual([
      "see the organization and its members",
      "see scenarios, integration guides, custom policies and usage",
      "see alert rules and their notifications",
    ]);
    expect(abilitiesOf("ADMIN")).not.toContain(PERMISSION_ABILITIES["organization.own"]);
    expect(abilitiesOf("MEMBER")).toContain(PERMISSION_ABILITIES["scenario.write"]);
    expect(Object.keys(PERMISSION_ABILITIES)).toEqual(Object.keys(PERMISSIONS));
  });

  it("says what a role change takes away", () => {
    expect(abilitiesLost("OWNER", "ADMIN")).toEqual(["transfer ownership and delete the organization"]);
    expect(abilitiesLost("ADMIN", "MEMBER")).toEqual([
      PERMISSION_ABILITIES["scenario.delete"],
      PERMISSION_ABILITIES["member.manage"],
      PERMISSION_ABILITIES["audit.read"],
      PERMISSION_ABILITIES["accessKey.manage"],
      PERMISSION_ABILITIES["alert.manage"],
    ]);
    expect(abilitiesLost("VIEWER", "OWNER")).toEqual([]);
  });

  it("names roles in sentences", () => {
    expect(["OWNER", "ADMIN", "MEMBER", "VIEWER"].map((role) => roleWithArticle(role as "OWNER"))).toEqual([
      "an owner",
      "an admin",
      "a member",
      "a viewer",
    ]);
  });
});
