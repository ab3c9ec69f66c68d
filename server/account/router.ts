import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { publicBaseUrl } from "../http/public-url";
import { endSessions, listSessions } from "../auth/sessions";
import { router } from "../trpc/init";
import { protectedProcedure, publicProcedure } from "../trpc/procedures";
import { changePasswordInput, signUpInput } from "./rules";
import { changePassword, signUp } from "./service";

export const accountRouter = router({
  /** Creates an account and its personal organization; the form then signs in through NextAuth. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const { email, organizationId } = await signUp(ctx.db, input, ctx.clientAddress, ctx.baseUrl ?? publicBaseUrl(), ctx.locale);
    return { email, organizationId };
  }),

  /** The signed-in account's open sessions, this browser's marked. */
  sessions: protectedProcedure.query(async ({ ctx }) => {
    const sessions = await listSessions(ctx.db, ctx.userId);
    return sessions.map((session) => ({ ...session, current: session.id === ctx.session?.user.sessionId }));
  }),

  /** Signs one of the account's other browsers out. */
  endSession: protectedProcedure.input(z.object({ sessionId: z.string().min(1).max(64) })).mutation(async ({ ctx, input }) => {
    const { count } = await ctx.db.userSession.deleteMany({ where: { id: input.sessionId, userId: ctx.userId } });
    return { ended: count };
  }),

  /** Ends every session of the account, this one included (the page then clears its cookie). */
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => ({ ended: await endSessions(ctx.db, ctx.userId) })),

  /** The console language the person chose: remembered on the account, for every browser they use. */
  setLanguage: protectedProcedure.input(z.object({ language: z.enum(LOCALES) })).mutation(async ({ ctx, input }) => {
    await ctx.db.user.update({ where: { id: ctx.userId }, data: { language: input.language } });
    return { language: input.language };
  }),

  changePassword: protectedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.db, ctx.userId, ctx.session?.user.sessionId ?? "", input);
    return { changed: true };
  }),
});
