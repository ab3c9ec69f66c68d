import { translateServerMessage } from "@/i18n/server-messages/translate";
import { publicBaseUrl } from "../http/public-url";
import { emailConfigured } from "../mail/mailer";
import { memberActorOf } from "../trpc/actor";
import { router } from "../trpc/init";
import { permittedProcedure, publicProcedure } from "../trpc/procedures";
import { completePasswordResetInput, memberPasswordResetInput, passwordResetTokenInput, requestPasswordResetInput } from "./rules";
import { completePasswordReset, createMemberPasswordReset, describePasswordReset, requestPasswordReset } from "./service";

export const passwordResetRouter = router({
  /** Whether this server can email links at all (the Forgot password page says so up front). */
  availability: publicProcedure.query(() => ({ emailConfigured: emailConfigured() })),

  /** Same answer for every email; the email itself goes out after the response (see the service). */
  request: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    const { message } = await requestPasswordReset(
      ctx.db,
      input,
      ctx.clientAddress ?? "unknown",
      ctx.baseUrl ?? publicBaseUrl(),
      new Date(),
      ctx.locale,
    );
    return { message: translateServerMessage(message, ctx.locale) };
  }),

  /** For the reset page: the token is the proof. */
  describe: publicProcedure.input(passwordResetTokenInput).query(({ ctx, input }) => describePasswordReset(ctx.db, input.token)),

  complete: publicProcedure.input(completePasswordResetInput).mutation(({ ctx, input }) => completePasswordReset(ctx.db, input)),

  /** Owners only ("organization.own"): the link hands over the teammate's account. */
  createForMember: permittedProcedure("organization.own")
    .input(memberPasswordResetInput)
    .mutation(({ ctx, input }) =>
      createMemberPasswordReset(ctx.db, memberActorOf(ctx), ctx.org.id, input.membershipId, ctx.baseUrl ?? publicBaseUrl()),
    ),
});
