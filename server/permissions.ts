/**
 * Who may do what in an organization: the one map the server enforces (server/trpc/procedures.ts)
 * and the console reads to hide or disable controls. Plain data, safe to import in the browser.
 */
export const ROLES = ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE = ROLES;
const EDITORS = ["OWNER", "ADMIN", "MEMBER"] as const;
const MANAGERS = ["OWNER", "ADMIN"] as const;
const OWNERS = ["OWNER"] as const;

export const PERMISSIONS = {
  /** See the organization, its members, and leave it. */
  "organization.read": EVERYONE,
  /** See scenarios, guides, policies and usage. */
  "scenario.read": EVERYONE,
  /** Create and modify scenarios and their custom policies. */
  "scenario.write": EDITORS,
  "scenario.delete": MANAGERS,
  /** Invite, change roles and remove members (admins cannot touch owners). */
  "member.manage": MANAGERS,
  "audit.read": MANAGERS,
  /** Create, disable, enable and delete access keys for server-side verification. */
  "accessKey.manage": MANAGERS,
  /** Transfer ownership, delete the organization. */
  "organization.own": OWNERS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  MEMBER: "Member",
  VIEWER: "Viewer",
};
