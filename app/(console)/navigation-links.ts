import { can, type Permission, type Role } from "@/server/permissions";

/** The console's pages, each with the permission its content needs (the map the server enforces). */
export const CONSOLE_LINKS = [
  { href: "/overview", label: "Overview", permission: "scenario.read" },
  { href: "/scenarios", label: "Scenarios", permission: "scenario.read" },
  { href: "/policies", label: "Custom Policy", permission: "scenario.read" },
  { href: "/alerts", label: "Alerts", permission: "alert.read" },
  { href: "/access-keys", label: "Access Keys", permission: "accessKey.manage" },
  { href: "/members", label: "Members", permission: "organization.read" },
  { href: "/audit-log", label: "Audit Log", permission: "audit.read" },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

export type ConsoleLink = (typeof CONSOLE_LINKS)[number];

/**
 * The links a role can use: a page that would only answer "not allowed" is left out. Without an
 * organization there is no role, and every page says how to get one, so they all stay.
 */
export function linksFor(role: Role | undefined): ConsoleLink[] {
  return role ? CONSOLE_LINKS.filter((link) => can(role, link.permission)) : [...CONSOLE_LINKS];
}
