import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("the permissions map", () => {
  it.each([
    ["organization.read", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: true }],
    ["scenario.read", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: true }],
    ["scenario.write", { OWNER: true, ADMIN: true, MEMBER: true, VIEWER: false }],
    ["scenario.delete", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["member.manage", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["accessKey.manage", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["audit.read", { OWNER: true, ADMIN: true, MEMBER: false, VIEWER: false }],
    ["organization.own", { OWNER: true, ADMIN: false, MEMBER: false, VIEWER: false }],
  ] as const)("%s", (permission, expected) => {
    for (const [role, allowed] of Object.entries(expected)) {
      expect(can(role as keyof typeof expected, permission), `${role} ${permission}`).toBe(allowed);
    }
  });
});
