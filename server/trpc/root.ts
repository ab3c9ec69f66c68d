import { accountRouter } from "../account/router";
import { organizationRouter } from "../organization/router";
import { scenarioRouter } from "../scenario/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
  organization: organizationRouter,
  scenario: scenarioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
