import { z } from "zod";
import { publicBaseUrl } from "../http/public-url";
import { router } from "../trpc/init";
import { protectedProcedure, publicProcedure } from "../trpc/procedures";
import { resendVerificationEmail, verificationStatus, verifyEmail } from "./service";

export const emailVerificationRouter = router({
  /** For the console's banner: whether the signed-in account still has to verify its email. */
  status: protectedProcedure.query(({ ctx }) => verificationStatus(ctx.db, ctx.userId)),

  resend: protectedProcedure.mutation(({ ctx }) =>
    resendVerificationEmail(ctx.db, ctx.userId, ctx.baseUrl ?? publicBaseUrl(), new Date(), ctx.locale),
  ),

  /** The link's page, signed in or not (the link may be opened on another device): the token is the proof. */
  verify: publicProcedure
    .input(z.object({ token: z.string().min(1).max(128) }))
    .mutation(({ ctx, input }) => verifyEmail(ctx.db, input.token)),
});
