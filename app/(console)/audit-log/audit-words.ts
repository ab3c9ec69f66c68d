"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatAuditValue } from "@/server/audit/diff";
import { ROLES, type Role } from "@/server/permissions";

// Snapshots store times as ISO strings; people read them in their own time zone and language.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Snapshot keys whose values are settings with names, and where the names are (i18n/messages). */
const VALUE_NAMES: Record<string, { namespace: "scenarioValues" | "policies"; group: string }> = {
  integrationMethod: { namespace: "scenarioValues", group: "integrationMethods" },
  verificationType: { namespace: "scenarioValues", group: "verificationTypes" },
  additionalChallenge: { namespace: "scenarioValues", group: "verificationTypes" },
  testResult: { namespace: "scenarioValues", group: "testResults" },
  mode: { namespace: "policies", group: "modes" },
};

/**
 * An audit entry's words in the page's language: the action, the target's type, a field's name
 * and a value. The server stores keys ("scenario.create", "verificationType"); what they are called
 * comes from the messages (i18n/messages/auditLog.ts), and a key this version does not know (written
 * by a newer one) is shown as stored.
 */
export function useAuditWords() {
  const t = useTranslations("auditLog");
  const roles = useTranslations("roles");
  const scenarioValues = useTranslations("scenarioValues");
  const policies = useTranslations("policies");
  const locale = useLocale();
  const known = (key: string) => /^[A-Za-z]+(\.[A-Za-z]+)?$/.test(key);
  return {
    action: (action: string) =>
      known(action) && t.has(`actions.${action}` as "actions.scenario.create")
        ? t(`actions.${action}` as "actions.scenario.create")
        : action,
    targetType: (type: string) =>
      known(type) && t.has(`targetTypes.${type}` as "targetTypes.scenario") ? t(`targetTypes.${type}` as "targetTypes.scenario") : type,
    field: (key: string, targetType?: string) => {
      // One key means different things for different targets: an organization's "name".
      const name = targetType === "organization" && key === "name" ? "organizationName" : key;
      return known(name) && t.has(`fields.${name}` as "fields.name") ? t(`fields.${name}` as "fields.name") : key;
    },
    /** A value as shown, "" for none; times as a `Date` to show in a <time>. */
    value: (key: string, value: unknown): string | Date => {
      if (typeof value === "boolean") return value ? t("yes") : t("no");
      if (key === "role" && (ROLES as readonly unknown[]).includes(value)) return roles(value as Role);
      if (key === "ruleStatus" && (value === "OFFICIAL_RELEASE" || value === "TEST_MODE")) return t(`ruleStatuses.${value}`);
      // A scenario's and a policy's settings by value, as their pages name them; a value this
      // version does not know falls through to the stored text.
      const names = VALUE_NAMES[key];
      if (names && typeof value === "string" && /^[A-Z_0-9]+$/.test(value)) {
        const path = `${names.group}.${value}.label` as "modes.BASIC.label";
        const named = names.namespace === "policies" ? policies : (scenarioValues as unknown as typeof policies);
        if (named.has(path)) return named(path);
      }
      if (typeof value === "string" && ISO_TIME.test(value)) return new Date(value);
      return formatAuditValue(key, value);
    },
    /** A moment, in the page's language and the reader's time zone. */
    time: (date: Date) => date.toLocaleString(locale),
  };
}
