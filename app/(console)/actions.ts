"use server";

import { cookies } from "next/headers";
import { serverCaller } from "@/server/trpc/server-caller";
import { ORGANIZATION_COOKIE } from "./current-organization";

/** Switches the console to another organization of the signed-in user. */
export async function switchOrganization(organizationId: string) {
  // Throws FORBIDDEN unless the caller is a member: the cookie never names a foreign organization.
  await (await serverCaller()).organization.current({ organizationId });
  (await cookies()).set(ORGANIZATION_COOKIE, organizationId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}
