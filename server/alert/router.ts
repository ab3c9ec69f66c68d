import { actorOf } from "../trpc/actor";
import { router } from "../trpc/init";
import { permittedProcedure } from "../trpc/procedures";
import { alertRuleFields, alertRuleIdInput, setAlertRuleEnabledInput, updateAlertRuleInput } from "./rules";
import { createAlertRule, deleteAlertRule, listAlertRules, sendTestNotification, setAlertRuleEnabled, updateAlertRule } from "./service";

export const alertRouter = router({
  list: permittedProcedure("alert.read").query(({ ctx }) => listAlertRules(ctx.db, ctx.org.id)),
  create: permittedProcedure("alert.manage")
    .input(alertRuleFields)
    .mutation(({ ctx, input }) => createAlertRule(ctx.db, actorOf(ctx), ctx.org.id, input)),
  update: permittedProcedure("alert.manage")
    .input(updateAlertRuleInput)
    .mutation(({ ctx, input: { ruleId, ...fields } }) => updateAlertRule(ctx.db, actorOf(ctx), ctx.org.id, ruleId, fields)),
  setEnabled: permittedProcedure("alert.manage")
    .input(setAlertRuleEnabledInput)
    .mutation(({ ctx, input }) => setAlertRuleEnabled(ctx.db, actorOf(ctx), ctx.org.id, input.ruleId, input.enabled)),
  delete: permittedProcedure("alert.manage")
    .input(alertRuleIdInput)
    .mutation(({ ctx, input }) => deleteAlertRule(ctx.db, actorOf(ctx), ctx.org.id, input.ruleId)),
  sendTest: permittedProcedure("alert.manage")
    .input(alertRuleIdInput)
    .mutation(({ ctx, input }) => sendTestNotification(ctx.db, ctx.org.id, input.ruleId)),
});
