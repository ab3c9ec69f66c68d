"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { formErrorsOf } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import {
  ALERT_CHANNEL_VALUES,
  ALERT_METRIC_VALUES,
  ALERT_METRICS,
  ALERT_WINDOW_VALUES,
  type AlertChannel,
  type AlertMetric,
  type AlertWindow,
  RATE_THRESHOLD_MAX,
  THRESHOLD_MAX,
  THRESHOLD_MIN,
  WEBHOOK_FORMAT_VALUES,
  type WebhookFormat,
} from "@/server/alert/rules";
import { useCurrentOrganization } from "../organization-context";

export type AlertRule = RouterOutputs["alert"]["list"][number];

/** Creates a rule, or changes `rule`. `onSaved` gets a webhook's signing secret when one was just made. */
export function RuleForm({ rule, onClose, onSaved }: { rule?: AlertRule; onClose: () => void; onSaved: (secret: string | null) => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const t = useTranslations("alerts");
  const common = useTranslations("common");
  const scenarios = trpc.scenario.list.useQuery({ organizationId: organization.id, pageSize: 50 });
  const members = trpc.member.list.useQuery({ organizationId: organization.id });
  const [name, setName] = useState(rule?.name ?? "");
  const [sceneId, setSceneId] = useState(rule?.scenario?.sceneId ?? "");
  const [metric, setMetric] = useState<AlertMetric>(rule?.metric ?? "INTERCEPTION_RATE");
  const [window, setWindow] = useState<AlertWindow>(rule?.window ?? "LAST_HOUR");
  const [threshold, setThreshold] = useState(rule ? String(rule.threshold) : "");
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [channel, setChannel] = useState<AlertChannel>(rule?.channel ?? "EMAIL");
  const [recipients, setRecipients] = useState<string[]>(rule?.recipientUserIds ?? []);
  const [webhookUrl, setWebhookUrl] = useState(rule?.webhookUrl ?? "");
  const [webhookFormat, setWebhookFormat] = useState<WebhookFormat>(rule?.webhookFormat ?? "GENERIC");

  const saved = async (result: { webhookSecret: string | null }) => {
    await utils.alert.list.invalidate();
    onSaved(result.webhookSecret);
  };
  const create = trpc.alert.create.useMutation({ onSuccess: saved });
  const update = trpc.alert.update.useMutation({ onSuccess: saved });
  const save = rule ? update : create;
  const { fieldErrors, formError } = formErrorsOf(save.error);
  const percent = ALERT_METRICS[metric].unit === "percent";

  return (
    <Dialog title={rule ? t("form.editTitle", { name: rule.name }) : t("create")} onClose={onClose} variant="panel">
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const fields = {
            organizationId: organization.id,
            name,
            sceneId: sceneId || null,
            metric,
            window,
            // An empty or non-numeric entry goes to the server as NaN, which answers next to the field.
            threshold: threshold.trim() === "" ? Number.NaN : Number(threshold),
            enabled,
            channel,
            recipientUserIds: recipients,
            webhookUrl,
            webhookFormat,
          };
          if (rule) update.mutate({ ...fields, ruleId: rule.id });
          else create.mutate(fields);
        }}
      >
        <Field
          label={t("form.name")}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors?.name?.[0]}
        />
        <SelectField
          label={t("form.scenario")}
          name="sceneId"
          value={sceneId}
          onChange={(event) => setSceneId(event.target.value)}
          placeholder={t("allScenarios")}
          options={(scenarios.data?.items ?? []).map((scenario) => ({
            value: scenario.sceneId,
            label: `${scenario.name} (${scenario.sceneId})`,
          }))}
          error={fieldErrors?.sceneId?.[0]}
        />
        <SelectField
          label={t("form.metric")}
          name="metric"
          value={metric}
          onChange={(event) => setMetric(event.target.value as AlertMetric)}
          options={ALERT_METRIC_VALUES.map((value) => ({ value, label: t(`metrics.${value}`) }))}
          error={fieldErrors?.metric?.[0]}
        />
        <SelectField
          label={t("form.window")}
          name="window"
          value={window}
          onChange={(event) => setWindow(event.target.value as AlertWindow)}
          options={ALERT_WINDOW_VALUES.map((value) => ({ value, label: t(`windows.${value}`) }))}
          error={fieldErrors?.window?.[0]}
        />
        <Field
          label={percent ? t("form.thresholdPercent") : t("form.threshold")}
          name="threshold"
          inputMode="numeric"
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
          hint={t("form.thresholdHint", { min: THRESHOLD_MIN, max: percent ? RATE_THRESHOLD_MAX : THRESHOLD_MAX })}
          error={fieldErrors?.threshold?.[0]}
        />
        <SelectField
          label={t("form.channel")}
          name="channel"
          value={channel}
          onChange={(event) => setChannel(event.target.value as AlertChannel)}
          options={ALERT_CHANNEL_VALUES.map((value) => ({ value, label: t(`channels.${value}`) }))}
          error={fieldErrors?.channel?.[0]}
        />
        {channel === "EMAIL" ? (
          <fieldset className="space-y-1" aria-describedby={fieldErrors?.recipientUserIds ? "recipients-error" : undefined}>
            <legend className="text-sm font-medium text-slate-700">{t("form.recipients")}</legend>
            {members.data?.map((member) => (
              <label key={member.user.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={recipients.includes(member.user.id)}
                  onChange={(event) =>
                    setRecipients((current) =>
                      event.target.checked ? [...current, member.user.id] : current.filter((id) => id !== member.user.id),
                    )
                  }
                />
                {member.user.email}
              </label>
            ))}
            {fieldErrors?.recipientUserIds && (
              <p id="recipients-error" className="text-sm text-red-600">
                {fieldErrors.recipientUserIds[0]}
              </p>
            )}
          </fieldset>
        ) : (
          <>
            <Field
              label={t("form.webhookUrl")}
              name="webhookUrl"
              type="url"
              value={webhookUrl}
              onChange={(event) => setWebhookUrl(event.target.value)}
              hint={t("form.webhookUrlHint")}
              error={fieldErrors?.webhookUrl?.[0]}
            />
            <SelectField
              label={t("form.format")}
              name="webhookFormat"
              value={webhookFormat}
              onChange={(event) => setWebhookFormat(event.target.value as WebhookFormat)}
              options={WEBHOOK_FORMAT_VALUES.map((value) => ({ value, label: t(`formats.${value}`) }))}
              error={fieldErrors?.webhookFormat?.[0]}
            />
          </>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t("form.enabled")}
        </label>
        {formError}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {common("cancel")}
          </Button>
          <Button type="submit" disabled={save.isPending}>
            {common("save")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
