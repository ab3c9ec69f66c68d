import type { Locale } from "@/i18n/locales";
import { translateServerMessage } from "@/i18n/server-messages/translate";
import { actorOf } from "../trpc/actor";
import { router } from "../trpc/init";
import { permittedProcedure } from "../trpc/procedures";
import { alertRuleFields, alertRuleIdInput, setAlertRuleEnabledInput, updateAlertRuleInput } from "./rules";
import { createAlertRule, deleteAlertRule, listAlertRules, sendTestNotification, setAlertRuleEnabled, updateAlertRule } from "./service";

/**
 * A delivery's failure is stored as the server wrote it (English); it is shown to each reader in
 * their language. A receiver's own answer ("HTTP 502: …") stays as it came.
 */
const readable = <T extends { error: string | null }>(delivery: T, locale: Locale | undefined): T => ({
  ...delivery,
  error: delivery.error === null ? null : translateServerMessage(delivery.error, locale),
});

export const alertRouter = router({
  list: permittedProcedure("alert.read").query(async ({ ctx }) =>
    (await listAlertRules(ctx.db, ctx.org.id)).map((rule) => ({
      ...rule,
      deliveries: rule.deliveries.map((delivery) => readable(delivery, ctx.locale)),
    })),
  ),
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
    .mutation(async ({ ctx, input }) => readable(await sendTestNotification(ctx.db, ctx.org.id, input.ruleId), ctx.locale)),
});
