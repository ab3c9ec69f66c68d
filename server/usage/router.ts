import { router } from "../trpc/init";
import { permittedProcedure } from "../trpc/procedures";
import { usageInput } from "./rules";
import { usageByDay } from "./service";

export const usageRouter = router({
  byDay: permittedProcedure("scenario.read")
    .input(usageInput)
    .query(({ ctx, input }) => usageByDay(ctx.db, ctx.org.id, input)),
});
