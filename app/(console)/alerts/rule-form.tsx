"use client";

import { useState } from "react";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { formErrorsOf } from "@/app/_components/form-alert";
import { SelectField } from "@/app/_components/select-field";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import {
  ALERT_CHANNELS,
  ALERT_METRICS,
  ALERT_WINDOWS,
  type AlertChannel,
  type AlertMetric,
  type AlertWindow,
  RATE_THRESHOLD_MAX,
  THRESHOLD_MAX,
  THRESHOLD_MIN,
  WEBHOOK_FORMATS,
  type WebhookFormat,
} from "@/server/alert/rules";
import { useCurrentOrganization } from "../organization-context";

export type AlertRule = RouterOutputs["alert"]["list"][number];

const options = (table: Record<string, { label: string }>) => Object.entries(table).map(([value, { label }]) => ({ value, label }));

/** Creates a rule, or changes `rule`. `onSaved` gets a webhook's signing secret when one was just made. */
export function RuleForm({ rule, onClose, onSaved }: { rule?: AlertRule; onClose: () => void; onSaved: (secret: string | null) => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
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
    <Dialog title={rule ? `Edit alert rule ${rule.name}` : "Create alert rule"} onClose={onClose} variant="panel">
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
          label="Rule name"
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldErrors?.name?.[0]}
        />
        <SelectField
          label="Scenario"
          name="sceneId"
          value={sceneId}
          onChange={(event) => setSceneId(event.target.value)}
          placeholder="All scenarios"
          options={(scenarios.data?.items ?? []).map((scenario) => ({
            value: scenario.sceneId,
            label: `${scenario.name} (${scenario.sceneId})`,
          }))}
          error={fieldErrors?.sceneId?.[0]}
        />
        <SelectField
          label="Metric"
          name="metric"
          value={metric}
          onChange={(event) => setMetric(event.target.value as AlertMetric)}
          options={options(ALERT_METRICS)}
          error={fieldErrors?.metric?.[0]}
        />
        <SelectField
          label="Time window"
          name="window"
          value={window}
          onChange={(event) => setWindow(event.target.value as AlertWindow)}
          options={options(ALERT_WINDOWS)}
          error={fieldErrors?.window?.[0]}
        />
        <Field
          label={percent ? "Threshold (%)" : "Threshold"}
          name="threshold"
          inputMode="numeric"
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
          hint={`Notify when the metric reaches this value: ${THRESHOLD_MIN} to ${percent ? RATE_THRESHOLD_MAX : THRESHOLD_MAX.toLocaleString("en-US")}.`}
          error={fieldErrors?.threshold?.[0]}
        />
        <SelectField
          label="Notify by"
          name="channel"
          value={channel}
          onChange={(event) => setChannel(event.target.value as AlertChannel)}
          options={options(ALERT_CHANNELS)}
          error={fieldErrors?.channel?.[0]}
        />
        {channel === "EMAIL" ? (
          <fieldset className="space-y-1" aria-describedby={fieldErrors?.recipientUserIds ? "recipients-error" : undefined}>
            <legend className="text-sm font-medium text-slate-700">Members to email</legend>
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
              label="Webhook URL"
              name="webhookUrl"
              type="url"
              value={webhookUrl}
              onChange={(event) => setWebhookUrl(event.target.value)}
              hint="Notifications are POSTed here as JSON, signed with the rule's secret (X-Captcha-Signature)."
              error={fieldErrors?.webhookUrl?.[0]}
            />
            <SelectField
              label="Message format"
              name="webhookFormat"
              value={webhookFormat}
              onChange={(event) => setWebhookFormat(event.target.value as WebhookFormat)}
              options={options(WEBHOOK_FORMATS)}
              error={fieldErrors?.webhookFormat?.[0]}
            />
          </>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          Rule is on
        </label>
        {formError}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
