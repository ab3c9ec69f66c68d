import { assertEmailVerified } from "../email-verification/service";
import { publicBaseUrl } from "../http/public-url";
import { emailConfigured } from "../mail/mailer";
import { router } from "../trpc/init";
import { memberActorOf } from "../trpc/actor";
import { permittedProcedure, protectedProcedure, publicProcedure } from "../trpc/procedures";
import { invitationIdInput, invitationTokenInput, inviteInput } from "./rules";
import { acceptInvitation, createInvitation, describeInvitation, listPendingInvitations, revokeInvitation } from "./service";

export const invitationRouter = router({
  list: permittedProcedure("organization.read").query(async ({ ctx }) => ({
    invitations: await listPendingInvitations(ctx.db, ctx.org.id),
    emailConfigured: emailConfigured(),
  })),

  create: permittedProcedure("member.manage")
    .input(inviteInput)
    .mutation(({ ctx, input }) =>
      createInvitation(ctx.db, memberActorOf(ctx), ctx.org, input, ctx.baseUrl ?? publicBaseUrl(), new Date(), ctx.locale),
    ),

  revoke: permittedProcedure("member.manage")
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, memberActorOf(ctx), ctx.org.id, input.invitationId)),

  /** For the invitation page, signed in or not: the token is the proof of being invited. */
  describe: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => describeInvitation(ctx.db, input.token)),

  accept: protectedProcedure.input(invitationTokenInput).mutation(async ({ ctx, input }) => {
    await assertEmailVerified(ctx.db, ctx.userId);
    return acceptInvitation(ctx.db, { id: ctx.userId, email: ctx.session?.user.email ?? "" }, input.token);
  }),
});
