"use server";

import { cookies } from "next/headers";
import { serverCaller } from "@/server/trpc/server-caller";
import { ORGANIZATION_COOKIE } from "@/app/(console)/current-organization";

/** Joins the organization of an invitation and makes it the one the console shows. */
export async function acceptInvitationAction(token: string): Promise<{ error?: string }> {
  try {
    const { organizationId } = await (await serverCaller()).invitation.accept({ token });
    (await cookies()).set(ORGANIZATION_COOKIE, organizationId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    return {};
  } catch (error) {
    return { error: error instanceof Error ? error.message : "The invitation could not be accepted." };
  }
}
