import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { AUDIT_FIELD_LABELS, auditFieldLabel } from "@/server/audit/diff";
import { AUDIT_ACTION_VALUES, AUDIT_TARGET_TYPES, auditActionLabel } from "@/server/audit/rules";
import { MESSAGES } from ".";

/** The page names what the server records by key: every key it can record has words in every language. */
describe("the audit log's words", () => {
  const translators = {
    en: createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "auditLog" }),
    "zh-CN": createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"], namespace: "auditLog" }),
  };

  it("names every action the services record, in English as the server's own label", () => {
    for (const action of AUDIT_ACTION_VALUES) {
      expect(translators.en(`actions.${action}`)).toBe(auditActionLabel(action));
      expect(translators["zh-CN"](`actions.${action}`)).toMatch(/\p{Script=Han}/u);
    }
  });

  it("names every target type and field the snapshots have", () => {
    for (const type of Object.keys(AUDIT_TARGET_TYPES)) {
      expect(translators.en(`targetTypes.${type}` as "targetTypes.scenario")).toBe(AUDIT_TARGET_TYPES[type]);
    }
    for (const key of Object.keys(AUDIT_FIELD_LABELS)) {
      expect(translators.en(`fields.${key}` as "fields.name")).toBe(AUDIT_FIELD_LABELS[key]);
    }
    expect(translators.en("fields.organizationName")).toBe(auditFieldLabel("name", "organization"));
  });
});
