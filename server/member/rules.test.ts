import { describe, expect, it } from "vitest";
import { ROLES } from "../permissions";
import { grantableRoles, grantersOf, mayManage, roleChangeNeedsConfirmation } from "./rules";

describe("membership rules", () => {
  it("owners manage everyone; admins everyone but owners; members and viewers nobody", () => {
    for (const target of ROLES) expect(mayManage("OWNER", target)).toBe(true);
    expect(ROLES.filter((target) => mayManage("ADMIN", target))).toEqual(["ADMIN", "MEMBER", "VIEWER"]);
    for (const target of ROLES) expect(mayManage("MEMBER", target) || mayManage("VIEWER", target)).toBe(false);
  });

  it("only owners grant ownership", () => {
    expect(grantableRoles("OWNER")).toEqual(["OWNER", "ADMIN", "MEMBER", "VIEWER"]);
    expect(grantableRoles("ADMIN")).toEqual(["ADMIN", "MEMBER", "VIEWER"]);
    expect(grantableRoles("VIEWER")).toEqual([]);
    expect(grantersOf("OWNER")).toEqual(["OWNER"]);
    expect(grantersOf("ADMIN")).toEqual(["OWNER", "ADMIN"]);
  });

  it("making someone an owner asks to confirm; so does any change of one's own role", () => {
    expect(roleChangeNeedsConfirmation({ to: "OWNER", ownRole: false })).toBe(true);
    for (const to of ["ADMIN", "MEMBER", "VIEWER"] as const) {
      expect(roleChangeNeedsConfirmation({ to, ownRole: true }), `own role to ${to}`).toBe(true);
      expect(roleChangeNeedsConfirmation({ to, ownRole: false }), `someone else to ${to}`).toBe(false);
    }
  });
});
