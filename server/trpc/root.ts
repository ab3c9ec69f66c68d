import { accountRouter } from "../account/router";
import { invitationRouter } from "../invitation/router";
import { memberRouter } from "../member/router";
import { organizationRouter } from "../organization/router";
import { scenarioRouter } from "../scenario/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
  organization: organizationRouter,
  member: memberRouter,
  invitation: invitationRouter,
  scenario: scenarioRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
