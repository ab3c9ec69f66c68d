import type { Messages } from "@/i18n/messages";
import { can, type Permission, type Role } from "@/server/permissions";

/** The console's pages (label: the key of its name in i18n/messages, "navigation"), each with the permission its content needs (the map the server enforces). */
export const CONSOLE_LINKS = [
  { href: "/overview", label: "overview", permission: "scenario.read" },
  { href: "/scenarios", label: "scenarios", permission: "scenario.read" },
  { href: "/policies", label: "policies", permission: "scenario.read" },
  { href: "/alerts", label: "alerts", permission: "alert.read" },
  { href: "/access-keys", label: "accessKeys", permission: "accessKey.manage" },
  { href: "/members", label: "members", permission: "organization.read" },
  { href: "/audit-log", label: "auditLog", permission: "audit.read" },
] as const satisfies readonly { href: string; label: keyof Messages["navigation"]; permission: Permission }[];

export type ConsoleLink = (typeof CONSOLE_LINKS)[number];

/**
 * The links a role can use: a page that would only answer "not allowed" is left out. Without an
 * organization there is no role, and every page says how to get one, so they all stay.
 */
export function linksFor(role: Role | undefined): ConsoleLink[] {
  return role ? CONSOLE_LINKS.filter((link) => can(role, link.permission)) : [...CONSOLE_LINKS];
}
