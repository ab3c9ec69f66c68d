import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { can, type Permission } from "../permissions";
import { oidcConfig } from "../sso/config";
import { SSO_REQUIRED_MESSAGE, ssoBlocks } from "../sso/rules";
import { baseProcedure } from "./init";

export const publicProcedure = baseProcedure;

/** Signed in. */
export const protectedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user?.id) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, userId: ctx.session.user.id } });
});

export const NOT_A_MEMBER_MESSAGE = "You are not a member of this organization.";

/**
 * Signed in and a member of the organization named by the input's `organizationId`. The
 * membership is read from the database on every call, so a removed member loses access at once.
 */
export const orgProcedure = protectedProcedure
  .input(z.object({ organizationId: z.string().min(1).max(64) }))
  .use(async ({ ctx, input, next }) => {
    const membership = await ctx.db.membership.findUnique({
      where: { userId_organizationId: { userId: ctx.userId, organizationId: input.organizationId } },
      select: { id: true, role: true, organization: { select: { id: true, name: true, prefix: true, requireSso: true } } },
    });
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: NOT_A_MEMBER_MESSAGE });
    // An organization that requires single sign-on is closed to sessions started with a password,
    // on every call (the console's pages show why: app/(console)/sso-required.tsx).
    const signInMethod = ctx.session?.user.signInMethod;
    if (ssoBlocks({ requireSso: membership.organization.requireSso, oidcConfigured: oidcConfig() !== null, signInMethod })) {
      throw new TRPCError({ code: "FORBIDDEN", message: SSO_REQUIRED_MESSAGE });
    }
    return next({ ctx: { ...ctx, membership, org: membership.organization } });
  });

/** A member whose role has `permission` in the one permissions map (server/permissions.ts). */
export function permittedProcedure(permission: Permission) {
  return orgProcedure.meta({ permission }).use(({ ctx, next }) => {
    if (!can(ctx.membership.role, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });
    }
    return next();
  });
}
