import { z } from "zod";
import { POLICY_MODES } from "../policy/rules";
import { ROLE_LABELS } from "../permissions";
import { INTEGRATION_METHODS, RULE_STATUSES, TEST_RESULTS, VERIFICATION_TYPES, sceneIdSchema } from "../scenario/rules";

/**
 * The audit log as plain data: the actions that write entries, their labels, the listing filters
 * and how an entry's before and after snapshots turn into readable rows. The page and the API both
 * read this module, so the filters can never offer what the server would refuse. Safe to import in
 * the browser.
 */

/** Every action a service records (the `action` of recordAudit), with what the console calls it. */
export const AUDIT_ACTIONS = {
  "scenario.create": { label: "Create scenario" },
  "scenario.update": { label: "Modify scenario" },
  "scenario.delete": { label: "Delete scenario" },
  "policy.save": { label: "Save custom policy" },
  "policy.restoreDefault": { label: "Restore default policy" },
  "member.invite": { label: "Invite member" },
  "invitation.revoke": { label: "Revoke invitation" },
  "invitation.accept": { label: "Accept invitation" },
  "member.updateRole": { label: "Change member role" },
  "member.remove": { label: "Remove member" },
  "member.leave": { label: "Leave organization" },
  "organization.create": { label: "Create organization" },
  "organization.transferOwnership": { label: "Transfer ownership" },
  "accessKey.create": { label: "Create access key" },
  "accessKey.disable": { label: "Disable access key" },
  "accessKey.enable": { label: "Enable access key" },
  "accessKey.delete": { label: "Delete access key" },
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_VALUES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

const isAuditAction = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTIONS, action);

/** An action's label; an action this version does not know (written by a newer one) as stored. */
export const auditActionLabel = (action: string) => (isAuditAction(action) ? AUDIT_ACTIONS[action].label : action);

export const AUDIT_TARGET_TYPES: Record<string, string> = {
  scenario: "Scenario",
  policy: "Custom Policy",
  member: "Member",
  invitation: "Invitation",
  organization: "Organization",
};
export const auditTargetTypeLabel = (type: string) => AUDIT_TARGET_TYPES[type] ?? type;

/** Targets identified by a Scenario ID: the scenario itself and its custom policy. */
export const SCENARIO_TARGET_TYPES = ["scenario", "policy"];

export const AUDIT_MESSAGES = {
  date: "Enter a date as YYYY-MM-DD.",
  dateRange: "The To date must be on or after the From date.",
  timeZone: "Unknown time zone.",
  forbidden: "Only owners and admins can read the audit log.",
} as const;

/** Whether `timeZone` is an IANA zone this runtime knows (e.g. "Asia/Shanghai", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const calendarDate = z.iso.date({ error: AUDIT_MESSAGES.date });

export const AUDIT_PAGE_SIZE_MAX = 50;
export const listAuditEntriesInput = z
  .object({
    /** A user id, or an email (anything with an "@"): the actor of a deleted account keeps only the email. */
    actor: z.string().trim().max(254).optional(),
    action: z.enum(AUDIT_ACTION_VALUES, { error: "Choose an action from the list." }).optional(),
    /** The Scenario ID of a scenario the entries are about, or its policy (also after it was deleted). */
    sceneId: sceneIdSchema.optional(),
    /** Calendar days, both included, in `timeZone`: the person's own days, not UTC's. */
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    timeZone: z.string().max(64).refine(isTimeZone, AUDIT_MESSAGES.timeZone).default("UTC"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).default(20),
  })
  .superRefine((input, context) => {
    // ISO calendar dates compare correctly as strings.
    if (input.from && input.to && input.from > input.to) {
      context.addIssue({ code: "custom", path: ["to"], message: AUDIT_MESSAGES.dateRange });
    }
  });
export type ListAuditEntriesInput = z.output<typeof listAuditEntriesInput>;

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in `timeZone`, `addDays` days later. */
export function startOfDay(date: string, timeZone: string, addDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number);
  const wallClock = Date.UTC(year, month - 1, day + addDays);
  // The offset at the guessed instant can differ from the one at midnight on a daylight-saving
  // day; a second pass with the offset found settles it.
  const first = wallClock - zoneOffsetMs(wallClock, timeZone);
  return new Date(wallClock - zoneOffsetMs(first, timeZone));
}

/** The createdAt range of a from/to filter: from the start of `from` to before the day after `to`. */
export function dateRange(input: { from?: string; to?: string; timeZone: string }): { gte?: Date; lt?: Date } | undefined {
  if (!input.from && !input.to) return undefined;
  return {
    ...(input.from && { gte: startOfDay(input.from, input.timeZone) }),
    ...(input.to && { lt: startOfDay(input.to, input.timeZone, 1) }),
  };
}

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

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
