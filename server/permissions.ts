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
  /** See alert rules and their notifications. */
  "alert.read": EVERYONE,
  /** Create, change, switch and delete alert rules; send test notifications. */
  "alert.manage": MANAGERS,
  /** Transfer ownership, delete the organization, require single sign-on. */
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

/** A role as a sentence names it: "an owner", "a member". */
export const roleWithArticle = (role: Role) => `${role === "OWNER" || role === "ADMIN" ? "an" : "a"} ${ROLE_LABELS[role].toLowerCase()}`;

/** What each permission lets a person do, in the words the console uses when a role changes. */
export const PERMISSION_ABILITIES: Record<Permission, string> = {
  "organization.read": "see the organization and its members",
  "scenario.read": "see scenarios, integration guides, custom policies and usage",
  "scenario.write": "create and modify scenarios and their custom policies",
  "scenario.delete": "delete scenarios",
  "member.manage": "invite people, change members' roles and remove members (owners only by an owner)",
  "audit.read": "read the audit log",
  "accessKey.manage": "create, disable and delete access keys",
  "alert.read": "see alert rules and their notifications",
  "alert.manage": "create, change and delete alert rules",
  "organization.own": "transfer ownership and delete the organization",
};

/** Everything `role` may do, in the permission map's order. */
export function abilitiesOf(role: Role): string[] {
  return (Object.keys(PERMISSIONS) as Permission[])
    .filter((permission) => can(role, permission))
    .map((permission) => PERMISSION_ABILITIES[permission]);
}

/** What someone moving from `from` to `to` will no longer be able to do. */
export function abilitiesLost(from: Role, to: Role): string[] {
  const kept = new Set(abilitiesOf(to));
  return abilitiesOf(from).filter((ability) => !kept.has(ability));
}
