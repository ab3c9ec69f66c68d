import { orgProcedure, protectedProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";
import { listOrganizationsOf } from "./service";

export const organizationRouter = router({
  /** The caller's organizations and role in each (for the switcher). */
  mine: protectedProcedure.query(async ({ ctx }) => {
    const memberships = await listOrganizationsOf(ctx.db, ctx.userId);
    return memberships.map(({ role, organization }) => ({ ...organization, role }));
  }),
  /** One organization the caller belongs to, with the caller's role. */
  current: orgProcedure.query(({ ctx }) => ({ ...ctx.org, role: ctx.membership.role })),
});
