import { accessKeyRouter } from "../access-key/router";
import { accountRouter } from "../account/router";
import { alertRouter } from "../alert/router";
import { auditRouter } from "../audit/router";
import { emailVerificationRouter } from "../email-verification/router";
import { invitationRouter } from "../invitation/router";
import { memberRouter } from "../member/router";
import { organizationRouter } from "../organization/router";
import { passwordResetRouter } from "../password-reset/router";
import { policyRouter } from "../policy/router";
import { scenarioRouter } from "../scenario/router";
import { usageRouter } from "../usage/router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  account: accountRouter,
  passwordReset: passwordResetRouter,
  emailVerification: emailVerificationRouter,
  accessKey: accessKeyRouter,
  organization: organizationRouter,
  policy: policyRouter,
  member: memberRouter,
  invitation: invitationRouter,
  scenario: scenarioRouter,
  usage: usageRouter,
  audit: auditRouter,
  alert: alertRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
