import { publicProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";
import { signUpInput } from "./rules";
import { signUp } from "./service";

export const accountRouter = router({
  /** Creates an account and its personal organization; the form then signs in through NextAuth. */
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const { email, organizationId } = await signUp(ctx.db, input);
    return { email, organizationId };
  }),
});
