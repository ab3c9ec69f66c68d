import { POLICY_MODES } from "../policy/rules";
import { ROLE_LABELS } from "../permissions";
import { INTEGRATION_METHODS, RULE_STATUSES, TEST_RESULTS, VERIFICATION_TYPES } from "../scenario/rules";

/**
 * How an audit entry's before and after snapshots turn into readable rows: the fields' labels,
 * values by their labels, and the fields that changed. Safe to import in the browser.
 */

/** What the snapshots' keys are called in the console; a key not listed is shown as it is. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: "Scenario Name",
  sceneId: "Scenario ID",
  integrationMethod: "Integration Method",
  verificationType: "Verification Type",
  additionalChallenge: "Additional Challenge",
  ruleStatus: "Rule Status",
  testResult: "Test Result",
  ruleEffectiveAt: "Rule Takes Effect At",
  isCustom: "Custom Policy",
  mode: "Mode",
  urlVerification: "URL Verification",
  ipHourlyLimit: "IP Hourly Limit",
  ipDailyLimit: "IP Daily Limit",
  deviceHourlyLimit: "Device Hourly Limit",
  deviceDailyLimit: "Device Daily Limit",
  blockEmulatedDevices: "Block Emulated Devices",
  blockSimulatedClicks: "Block Simulated Clicks",
  effectiveAt: "Takes Effect At",
  email: "Email",
  role: "Role",
  status: "Status",
  expiresAt: "Expires At",
  owner: "Owner",
  prefix: "Identity Prefix",
};

/** Where one key means different things for different targets ("name" of an organization). */
const TARGET_FIELD_LABELS: Record<string, Record<string, string>> = {
  organization: { name: "Organization Name" },
};

export function auditFieldLabel(key: string, targetType?: string): string {
  return (targetType && TARGET_FIELD_LABELS[targetType]?.[key]) ?? AUDIT_FIELD_LABELS[key] ?? key;
}

/** The label tables of the fields whose values are enums, reused from the domains' own rules. */
const VALUE_LABELS: Record<string, Record<string, { label: string } | string>> = {
  integrationMethod: INTEGRATION_METHODS,
  verificationType: VERIFICATION_TYPES,
  additionalChallenge: VERIFICATION_TYPES,
  ruleStatus: RULE_STATUSES,
  testResult: TEST_RESULTS,
  role: ROLE_LABELS,
  mode: POLICY_MODES,
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A value as the console shows it: enum values by their label, yes/no, "" for no value. */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") {
    const known = VALUE_LABELS[key] && Object.hasOwn(VALUE_LABELS[key], value) ? VALUE_LABELS[key][value] : undefined;
    if (known) return typeof known === "string" ? known : known.label;
    return value;
  }
  if (typeof value === "number") return String(value);
  return stableJson(value as Json);
}

/** JSON with object keys sorted, so that equal values always give equal text. */
function stableJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface DiffRow {
  /** The snapshot's key, e.g. "verificationType". */
  key: string;
  /** What the console calls it, e.g. "Verification Type". */
  field: string;
  change: "added" | "removed" | "changed";
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The fields an entry changed, known fields first in the console's order. Nested values count as equal when their
 * JSON is (whatever the key order), and a missing key equals null: a create's "no additional
 * challenge" is not a change worth a row. A snapshot that is not an object is one field, "value".
 */
export function diffEntry(before: unknown, after: unknown, targetType?: string): DiffRow[] {
  const asRecord = (snapshot: unknown): Record<string, unknown> =>
    isRecord(snapshot) ? snapshot : snapshot === null || snapshot === undefined ? {} : { value: snapshot };
  const previous = asRecord(before);
  const next = asRecord(after);
  // Known fields in the console's order (PostgreSQL's jsonb does not keep the order they were
  // written in), then any others as they come.
  const known = Object.keys(AUDIT_FIELD_LABELS);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])].sort((a, b) => rank(a) - rank(b));
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const was = previous[key] ?? null;
    const is = next[key] ?? null;
    if (stableJson(was as Json) === stableJson(is as Json)) continue;
    const change = was === null ? "added" : is === null ? "removed" : "changed";
    rows.push({ key, field: auditFieldLabel(key, targetType), change, before: was, after: is });
  }
  return rows;
}
