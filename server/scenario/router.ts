import { router } from "../trpc/init";
import { actorOf } from "../trpc/actor";
import { permittedProcedure } from "../trpc/procedures";
import { createScenarioInput, deleteScenarioInput, listScenariosInput, sceneIdInput, updateScenarioInput } from "./rules";
import { createScenario, deleteScenario, getScenario, listScenarios, updateScenario } from "./service";

export const scenarioRouter = router({
  list: permittedProcedure("scenario.read")
    .input(listScenariosInput)
    .query(({ ctx, input }) => listScenarios(ctx.db, ctx.org.id, input)),

  get: permittedProcedure("scenario.read")
    .input(sceneIdInput)
    .query(({ ctx, input }) => getScenario(ctx.db, ctx.org.id, input.sceneId)),

  create: permittedProcedure("scenario.write")
    .input(createScenarioInput)
    .mutation(({ ctx, input }) => createScenario(ctx.db, actorOf(ctx), ctx.org.id, input)),

  update: permittedProcedure("scenario.write")
    .input(updateScenarioInput)
    .mutation(({ ctx, input }) => updateScenario(ctx.db, actorOf(ctx), ctx.org.id, input)),

  delete: permittedProcedure("scenario.delete")
    .input(deleteScenarioInput)
    .mutation(({ ctx, input }) => deleteScenario(ctx.db, actorOf(ctx), ctx.org.id, input)),
});
