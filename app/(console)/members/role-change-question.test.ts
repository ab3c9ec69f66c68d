import { describe, expect, it } from "vitest";
import { abilitiesOf, PERMISSION_ABILITIES } from "@/server/permissions";
import { roleChangeQuestion, transferQuestion } from "./role-change-question";

describe("what the role-change dialog asks", () => {
  it("making someone an owner names them, lists what they will be able to do, and warns they can then act on you", () => {
    const question = roleChangeQuestion({ member: { email: "ana@example.com", role: "MEMBER" }, to: "OWNER", own: false });
    expect(question.title).toBe("Make ana@example.com an owner?");
    expect(question.effects).toEqual([{ who: "ana@example.com", abilities: abilitiesOf("OWNER") }]);
    expect(question.note).toBe("As an owner, ana@example.com can also change your role or remove you from the organization.");
    expect(question.confirmLabel).toBe("Make owner");
  });

  it("changing your own role says what you keep, what you lose, and who can give it back", () => {
    const owner = roleChangeQuestion({ member: { email: "me@example.com", role: "OWNER" }, to: "ADMIN", own: true });
    expect(owner.title).toBe("Change your own role to Admin?");
    expect(owner.effects).toEqual([
      { who: "You (me@example.com)", abilities: abilitiesOf("ADMIN"), lost: [PERMISSION_ABILITIES["organization.own"]] },
    ]);
    expect(owner.note).toBe("You cannot undo this yourself: to be an owner again, ask an owner.");
    expect(owner.confirmLabel).toBe("Change my role");

    const admin = roleChangeQuestion({ member: { email: "me@example.com", role: "ADMIN" }, to: "VIEWER", own: true });
    expect(admin.effects[0].lost).toContain(PERMISSION_ABILITIES["member.manage"]);
    expect(admin.note).toBe("You cannot undo this yourself: to be an admin again, ask an owner or an admin.");
  });

  it("transferring ownership names both people and what each will be able to do", () => {
    const question = transferQuestion({ newOwner: { email: "ana@example.com" }, me: { email: "me@example.com" } });
    expect(question.title).toBe("Transfer ownership to ana@example.com?");
    expect(question.effects.map((effect) => effect.who)).toEqual(["ana@example.com", "You (me@example.com)"]);
    expect(question.effects[1].lost).toEqual([PERMISSION_ABILITIES["organization.own"]]);
    expect(question.confirmLabel).toBe("Transfer ownership");
  });
});
