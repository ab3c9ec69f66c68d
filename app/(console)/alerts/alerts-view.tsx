"use client";

import { useState } from "react";
import { Button } from "@/app/_components/button";
import { CopyButton } from "@/app/_components/copy-button";
import { Dialog } from "@/app/_components/dialog";
import { FormAlert } from "@/app/_components/form-alert";
import { PageHeader } from "@/app/_components/page-header";
import { trpc } from "@/app/_trpc/client";
import { ALERT_CHANNELS, describeCondition, formatMetricValue, MAX_ALERT_RULES, WEBHOOK_FORMATS } from "@/server/alert/rules";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { Deliveries } from "./deliveries";
import { type AlertRule, RuleForm } from "./rule-form";

/** The signing secret of a webhook, shown this once. */
function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <Dialog title="Webhook signing secret" onClose={onClose}>
      <div className="space-y-4 text-sm">
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          Copy the secret now: it is shown only this once. Your receiver checks each request with it: X-Captcha-Signature is
          &quot;sha256=&quot; and the hex HMAC-SHA256 of the X-Captcha-Timestamp header, a dot, and the body.
        </p>
        <dl>
          <dt id="webhook-secret" className="text-slate-500">
            Signing secret
          </dt>
          {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds, as on the Access Keys page */}
          <dd aria-labelledby="webhook-secret" className="flex items-center gap-2 font-mono break-all">
            {secret} <CopyButton text={secret} what="Signing secret" />
          </dd>
        </dl>
        <div className="flex justify-end">
          <Button onClick={onClose}>Done</Button>
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
  const headingId = `rule-${rule.id}`;
  const destination =
    rule.channel === "EMAIL"
      ? `${ALERT_CHANNELS.EMAIL.label} to ${rule.recipientUserIds.length} member${rule.recipientUserIds.length === 1 ? "" : "s"}`
      : `${WEBHOOK_FORMATS[rule.webhookFormat ?? "GENERIC"].label} webhook ${rule.webhookUrl}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {rule.name}
          </h2>
          <p className="text-sm text-slate-700">
            {rule.scenario ? `${rule.scenario.name} (${rule.scenario.sceneId})` : "All scenarios"}: {describeCondition(rule)}
          </p>
          <p className="text-sm text-slate-600">{destination}</p>
          <p className="text-sm text-slate-600">
            {rule.enabled ? "On" : "Off"}
            {rule.enabled && (rule.state === "FIRING" ? " · Alerting" : " · Normal")}
            {rule.lastValue !== null && ` · Last value ${formatMetricValue(rule.metric, rule.lastValue)}`}
          </p>
        </div>
        {manage && (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              disabled={sendTest.isPending}
              onClick={() => sendTest.mutate({ organizationId: organization.id, ruleId: rule.id })}
            >
              Send test notification
            </Button>
            <Button variant="ghost" onClick={onEdit}>
              Edit
            </Button>
            <Button
              variant="ghost"
              onClick={() => setEnabled.mutate({ organizationId: organization.id, ruleId: rule.id, enabled: !rule.enabled })}
            >
              {rule.enabled ? "Turn off" : "Turn on"}
            </Button>
            <Button variant="ghost" onClick={onDelete}>
              Delete
            </Button>
          </div>
        )}
      </div>
      <div role="status" className="text-sm">
        {sendTest.data &&
          (sendTest.data.status === "SENT"
            ? `Test notification sent${sendTest.data.responseStatus ? ` (HTTP ${sendTest.data.responseStatus})` : ""}.`
            : `Test notification failed: ${sendTest.data.error ?? "no answer"}.`)}
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
        title="Alerts"
        description={`Get an email or a webhook when a metric of the Overview reaches a threshold, and again when it is back below. Checked every minute; up to ${MAX_ALERT_RULES} rules.`}
        actions={
          manage && (
            <Button onClick={() => setEditing("new")} disabled={count >= MAX_ALERT_RULES}>
              Create alert rule
            </Button>
          )
        }
      />
      {!manage && <p className="mb-4 text-sm text-slate-600">Only owners and admins can create and change alert rules.</p>}
      {manage && count >= MAX_ALERT_RULES && (
        <p className="mb-4 text-sm text-slate-600">This organization has {MAX_ALERT_RULES} alert rules, the most it can have.</p>
      )}
      {rules.data && rules.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No alert rules yet.</p>
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
        <Dialog title="Delete alert rule" onClose={() => setDeleting(null)}>
          <p className="mb-4 text-sm text-slate-700">
            Delete <strong>{deleting.name}</strong> and its notification history? This cannot be undone.
          </p>
          {remove.error && <FormAlert>{remove.error.message}</FormAlert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => remove.mutate({ organizationId: organization.id, ruleId: deleting.id })}>
              OK
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
