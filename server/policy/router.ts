import { sceneIdInput } from "../scenario/rules";
import { actorOf } from "../trpc/actor";
import { router } from "../trpc/init";
import { permittedProcedure } from "../trpc/procedures";
import { listPoliciesInput, restoreDefaultInput, savePolicyInput } from "./rules";
import { getPolicy, listPolicies, restoreDefaultPolicy, savePolicy } from "./service";

export const policyRouter = router({
  list: permittedProcedure("scenario.read")
    .input(listPoliciesInput)
    .query(({ ctx, input }) => listPolicies(ctx.db, ctx.org.id, input)),

  get: permittedProcedure("scenario.read")
    .input(sceneIdInput)
    .query(({ ctx, input }) => getPolicy(ctx.db, ctx.org.id, input.sceneId)),

  save: permittedProcedure("scenario.write")
    .input(savePolicyInput)
    .mutation(({ ctx, input }) => savePolicy(ctx.db, actorOf(ctx), ctx.org.id, input)),

  restoreDefault: permittedProcedure("scenario.write")
    .input(restoreDefaultInput)
    .mutation(({ ctx, input }) => restoreDefaultPolicy(ctx.db, actorOf(ctx), ctx.org.id, input)),
});
