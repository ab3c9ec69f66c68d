import { actorOf } from "../trpc/actor";
import { router } from "../trpc/init";
import { permittedProcedure, protectedProcedure } from "../trpc/procedures";
import { setSsoRequirement, setSsoRequirementInput } from "../sso/requirement";
import { createOrganizationInput, deleteOrganizationInput } from "./rules";
import { createOrganizationFor, deleteOrganization, listOrganizationsOf } from "./service";

export const organizationRouter = router({
  /** The caller's organizations and role in each (for the switcher). */
  mine: protectedProcedure.query(async ({ ctx }) => {
    const memberships = await listOrganizationsOf(ctx.db, ctx.userId);
    return memberships.map(({ role, organization }) => ({ ...organization, role }));
  }),
  /** One organization the caller belongs to, with the caller's role. */
  current: permittedProcedure("organization.read").query(({ ctx }) => ({ ...ctx.org, role: ctx.membership.role })),

  create: protectedProcedure
    .input(createOrganizationInput)
    .mutation(({ ctx, input }) => createOrganizationFor(ctx.db, actorOf(ctx), input.name)),

  /** Requires single sign-on of every member, or stops requiring it. */
  setSsoRequirement: permittedProcedure("organization.own")
    .input(setSsoRequirementInput)
    .mutation(({ ctx, input }) =>
      setSsoRequirement(ctx.db, { ...actorOf(ctx), signInMethod: ctx.session?.user.signInMethod ?? "password" }, ctx.org, input.requireSso),
    ),

  delete: permittedProcedure("organization.own")
    .input(deleteOrganizationInput)
    .mutation(({ ctx, input }) => deleteOrganization(ctx.db, ctx.org, input.confirmName)),
});
