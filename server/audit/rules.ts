import { z } from "zod";
import { sceneIdSchema } from "../scenario/rules";
import { isTimeZone } from "./time-zone";

/**
 * The audit log's rules as plain data: the actions that write entries, their labels and the
 * listing filters. The page and the API both read this module, so the filters can never offer
 * what the server would refuse. Safe to import in the browser. How a day is cut in a time zone is
 * in ./time-zone.ts, how snapshots turn into readable rows in ./diff.ts.
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
  "member.createPasswordResetLink": { label: "Create password reset link" },
  "account.resetPassword": { label: "Reset password" },
  "member.leave": { label: "Leave organization" },
  "organization.create": { label: "Create organization" },
  "organization.transferOwnership": { label: "Transfer ownership" },
  "accessKey.create": { label: "Create access key" },
  "accessKey.disable": { label: "Disable access key" },
  "accessKey.enable": { label: "Enable access key" },
  "accessKey.delete": { label: "Delete access key" },
  "account.ssoCreate": { label: "Create account by single sign-on" },
  "account.ssoLink": { label: "Link single sign-on" },
  "organization.requireSso": { label: "Change single sign-on requirement" },
  "alert.create": { label: "Create alert rule" },
  "alert.update": { label: "Modify alert rule" },
  "alert.enable": { label: "Enable alert rule" },
  "alert.disable": { label: "Disable alert rule" },
  "alert.delete": { label: "Delete alert rule" },
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
  account: "Account",
  alert: "Alert rule",
  accessKey: "Access key",
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
