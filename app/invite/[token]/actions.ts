"use server";

import { TRPCError } from "@trpc/server";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/i18n/request-locale";
import { messageOf } from "@/server/trpc/init";
import { serverCaller } from "@/server/trpc/server-caller";
import { ORGANIZATION_COOKIE } from "@/app/(console)/current-organization";

/**
 * Joins the organization of an invitation (the person pressed Accept invitation) and makes it the
 * one the console shows. The procedure does every check: signed in, the invited email, still pending.
 * A refusal comes back in the person's console language.
 */
export async function acceptInvitationAction(token: string): Promise<{ error?: string }> {
  try {
    const { organizationId } = await (await serverCaller()).invitation.accept({ token });
    (await cookies()).set(ORGANIZATION_COOKIE, organizationId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    return {};
  } catch (error) {
    if (error instanceof TRPCError) return { error: messageOf(error, await requestLocale()) };
    return { error: (await getTranslations("invitation"))("acceptFailed") };
  }
}
