"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission, type Role } from "@/server/permissions";

export interface CurrentOrganization {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  /** Members must have signed in with single sign-on to open it. */
  requireSso: boolean;
  /** The signed-in person looking at the console, and how this session was started. */
  me: { id: string; email: string; signInMethod?: "password" | "oidc" };
  /** The single sign-on provider's display name, or null when single sign-on is not configured. */
  ssoProvider: string | null;
}

const OrganizationContext = createContext<CurrentOrganization | null>(null);

export function OrganizationProvider({ value, children }: { value: CurrentOrganization; children: ReactNode }) {
  return <OrganizationContext.Provider value={value}>{children}</OrganizationContext.Provider>;
}

/** The organization the console shows, for client components that call tRPC. */
export function useCurrentOrganization(): CurrentOrganization {
  const value = useContext(OrganizationContext);
  if (!value) throw new Error("useCurrentOrganization is only available inside the console layout");
  return value;
}

/** Whether the current member's role allows `permission` (the same map the server enforces). */
export function usePermission(permission: Permission): boolean {
  return can(useCurrentOrganization().role, permission);
}
