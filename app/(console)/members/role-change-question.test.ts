import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { abilitiesOf, PERMISSION_ABILITIES } from "@/server/permissions";
import { roleChangeQuestion, type Translate, transferQuestion } from "./role-change-question";

const english = createTranslator({ locale: "en", messages: MESSAGES.en }) as Translate;
const chinese = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] }) as Translate;

describe("what the role-change dialog asks", () => {
  it("making someone an owner names them, lists what they will be able to do, and warns they can then act on you", () => {
    const question = roleChangeQuestion(english, { member: { email: "ana@example.com", role: "MEMBER" }, to: "OWNER", own: false });
    expect(question.title).toBe("Make ana@example.com an owner?");
    expect(question.effects).toEqual([{ who: "ana@example.com", abilities: abilitiesOf("OWNER") }]);
    expect(question.note).toBe("As an owner, ana@example.com can also change your role or remove you from the organization.");
    expect(question.confirmLabel).toBe("Make owner");
  });

  it("changing your own role says what you keep, what you lose, and who can give it back", () => {
    const owner = roleChangeQuestion(english, { member: { email: "me@example.com", role: "OWNER" }, to: "ADMIN", own: true });
    expect(owner.title).toBe("Change your own role to Admin?");
    expect(owner.effects).toEqual([
      { who: "You (me@example.com)", abilities: abilitiesOf("ADMIN"), lost: [PERMISSION_ABILITIES["organization.own"]] },
    ]);
    expect(owner.note).toBe("You cannot undo this yourself: to be an owner again, ask an owner.");
    expect(owner.confirmLabel).toBe("Change my role");

    const admin = roleChangeQuestion(english, { member: { email: "me@example.com", role: "ADMIN" }, to: "VIEWER", own: true });
    expect(admin.effects[0].lost).toContain(PERMISSION_ABILITIES["member.manage"]);
    expect(admin.note).toBe("You cannot undo this yourself: to be an admin again, ask an owner or an admin.");
  });

  it("transferring ownership names both people and what each will be able to do", () => {
    const question = transferQuestion(english, { newOwner: { email: "ana@example.com" }, me: { email: "me@example.com" } });
    expect(question.title).toBe("Transfer ownership to ana@example.com?");
    expect(question.effects.map((effect) => effect.who)).toEqual(["ana@example.com", "You (me@example.com)"]);
    expect(question.effects[1].lost).toEqual([PERMISSION_ABILITIES["organization.own"]]);
    expect(question.confirmLabel).toBe("Transfer ownership");
  });

  it("asks in Chinese on a Chinese page, the abilities included", () => {
    const own = roleChangeQuestion(chinese, { member: { email: "me@example.com", role: "ADMIN" }, to: "VIEWER", own: true });
    expect(own.title).toBe("将您自己的角色改为只读成员？");
    expect(own.effects[0].who).toBe("您（me@example.com）");
    expect(own.effects[0].lost).toContain("查看操作审计");
    expect(own.note).toBe("您无法自行撤销此操作：如需重新成为管理员，请联系所有者或管理员。");
    expect(transferQuestion(chinese, { newOwner: { email: "ana@example.com" }, me: { email: "me@example.com" } }).title).toBe(
      "将所有权转让给 ana@example.com？",
    );
  });

  it("every permission has its words in both languages, the same English as the server's", () => {
    for (const role of ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const) {
      expect(
        roleChangeQuestion(english, { member: { email: "a@example.com", role: "VIEWER" }, to: role, own: false }).effects[0].abilities,
      ).toEqual(abilitiesOf(role));
    }
  });
});
