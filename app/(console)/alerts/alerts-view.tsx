"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { CopyButton } from "@/app/_components/copy-button";
import { Dialog } from "@/app/_components/dialog";
import { FormAlert } from "@/app/_components/form-alert";
import { PageHeader } from "@/app/_components/page-header";
import { trpc } from "@/app/_trpc/client";
import { formatMetricValue, MAX_ALERT_RULES } from "@/server/alert/rules";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { Deliveries } from "./deliveries";
import { type AlertRule, RuleForm } from "./rule-form";

/** The signing secret of a webhook, shown this once. */
function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  const t = useTranslations("alerts.secret");
  const common = useTranslations("common");
  return (
    <Dialog title={t("title")} onClose={onClose}>
      <div className="space-y-4 text-sm">
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("warning")}</p>
        <dl>
          <dt id="webhook-secret" className="text-slate-500">
            {t("label")}
          </dt>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds, as on the Access Keys page */}
          <dd aria-labelledby="webhook-secret" className="flex items-center gap-2 font-mono break-all">
            {secret} <CopyButton text={secret} what={t("label")} />
          </dd>
        </dl>
        <div className="flex justify-end">
          <Button onClick={onClose}>{common("done")}</Button>
        </div>
      </div>
    </Dialog>
  );
}

function RuleCard({ rule, manage, onEdit, onDelete }: { rule: AlertRule; manage: boolean; onEdit: () => void; onDelete: () => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const setEnabled = trpc.alert.setEnabled.useMutation({ onSuccess: () => utils.alert.list.invalidate() });
  const sendTest = trpc.alert.sendTest.useMutation({ onSettled: () => utils.alert.list.invalidate() });
  const t = useTranslations("alerts");
  const common = useTranslations("common");
  const headingId = `rule-${rule.id}`;
  const destination =
    rule.channel === "EMAIL"
      ? t("emailTo", { count: rule.recipientUserIds.length })
      : t("webhookTo", { format: t(`formats.${rule.webhookFormat ?? "GENERIC"}`), url: rule.webhookUrl ?? "" });
  const condition = t(`condition.${rule.window}`, {
    metric: t(`metrics.${rule.metric}`),
    threshold: formatMetricValue(rule.metric, rule.threshold),
  });
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {rule.name}
          </h2>
          <p className="text-sm text-slate-700">
            {t("scopedCondition", {
              scope: rule.scenario ? `${rule.scenario.name} (${rule.scenario.sceneId})` : t("allScenarios"),
              condition,
            })}
          </p>
          <p className="text-sm text-slate-600">{destination}</p>
          <p className="text-sm text-slate-600">
            {rule.enabled ? t("on") : t("off")}
            {rule.enabled && (rule.state === "FIRING" ? t("alerting") : t("normal"))}
            {rule.lastValue !== null && t("lastValue", { value: formatMetricValue(rule.metric, rule.lastValue) })}
          </p>
        </div>
        {manage && (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={sendTest.isPending}
              onClick={() => sendTest.mutate({ organizationId: organization.id, ruleId: rule.id })}
            >
              {t("sendTest")}
            </Button>
            <Button variant="ghost" onClick={onEdit}>
              {t("edit")}
            </Button>
            <Button
              variant="ghost"
              onClick={() => setEnabled.mutate({ organizationId: organization.id, ruleId: rule.id, enabled: !rule.enabled })}
            >
              {rule.enabled ? t("turnOff") : t("turnOn")}
            </Button>
            <Button variant="ghost" onClick={onDelete}>
              {common("delete")}
            </Button>
          </div>
        )}
      </div>
      <div role="status" className="text-sm">
        {sendTest.data &&
          (sendTest.data.status === "SENT"
            ? sendTest.data.responseStatus
              ? t("testSentHttp", { status: String(sendTest.data.responseStatus) })
              : t("testSent")
            : t("testFailed", { error: sendTest.data.error ?? t("noAnswer") }))}
      </div>
      {sendTest.error && <FormAlert>{sendTest.error.message}</FormAlert>}
      <Deliveries rule={rule} />
    </section>
  );
}

export function AlertsView() {
  const organization = useCurrentOrganization();
  const manage = usePermission("alert.manage");
  const utils = trpc.useUtils();
  const t = useTranslations("alerts");
  const common = useTranslations("common");
  const rules = trpc.alert.list.useQuery({ organizationId: organization.id });
  const [editing, setEditing] = useState<AlertRule | "new" | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const remove = trpc.alert.delete.useMutation({
    onSuccess: async () => {
      setDeleting(null);
      await utils.alert.list.invalidate();
    },
  });
  const count = rules.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { max: MAX_ALERT_RULES })}
        actions={
          manage && (
            <Button onClick={() => setEditing("new")} disabled={count >= MAX_ALERT_RULES}>
              {t("create")}
            </Button>
          )
        }
      />
      {!manage && <p className="mb-4 text-sm text-slate-600">{t("forbidden")}</p>}
      {manage && count >= MAX_ALERT_RULES && <p className="mb-4 text-sm text-slate-600">{t("limitReached", { max: MAX_ALERT_RULES })}</p>}
      {rules.data && rules.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-4">
          {rules.data?.map((rule) => (
            <RuleCard key={rule.id} rule={rule} manage={manage} onEdit={() => setEditing(rule)} onDelete={() => setDeleting(rule)} />
          ))}
        </div>
      )}
      {editing && (
        <RuleForm
          rule={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(created) => {
            setEditing(null);
            setSecret(created);
          }}
        />
      )}
      {secret && <SecretDialog secret={secret} onClose={() => setSecret(null)} />}
      {deleting && (
        <Dialog title={t("deleteTitle")} onClose={() => setDeleting(null)}>
          <p className="mb-4 text-sm text-slate-700">
            {t.rich("deleteQuestion", { name: deleting.name, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          {remove.error && <FormAlert>{remove.error.message}</FormAlert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {common("cancel")}
            </Button>
            <Button variant="danger" onClick={() => remove.mutate({ organizationId: organization.id, ruleId: deleting.id })}>
              {common("ok")}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
