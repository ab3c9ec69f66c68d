"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { useCurrentOrganization, usePermission } from "../../../organization-context";
import { RestoreDefault } from "../../../policies/restore-default";
import { useClockTime } from "../../labels";
import { PolicyForm, toPolicyInput, toPolicyValues } from "./policy-form";

type Policy = RouterOutputs["policy"]["get"];

/** How the page states a pending change: the time it applies, and what answers until then. */
function PendingChange({ policy }: { policy: Policy }) {
  const t = useTranslations("policies.editor");
  const clockTime = useClockTime();
  if (!policy.takesEffectAt) return null;
  const time = clockTime(policy.takesEffectAt);
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {policy.inForce.policyType === "CUSTOM" ? t("pendingCustom", { time }) : t("pendingDefault", { time })}
    </p>
  );
}

/**
 * "Configure Custom Policy": loads the scenario's policy, saves against the version it loaded and
 * restores the defaults after a confirmation. Viewers see the same form, disabled, without actions.
 */
export function PolicyEditor({ sceneId }: { sceneId: string }) {
  const organization = useCurrentOrganization();
  const canWrite = usePermission("scenario.write");
  const t = useTranslations("policies");
  const utils = trpc.useUtils();
  const key = { organizationId: organization.id, sceneId };
  // No refetch on focus: the form keeps what the person typed, and a save names the version loaded.
  const policy = trpc.policy.get.useQuery(key, { staleTime: 0, refetchOnWindowFocus: false });
  // Bumped whenever the form should start over from the latest saved policy.
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  function showSaved(saved: Policy, message: string) {
    utils.policy.get.setData(key, saved);
    void utils.policy.list.invalidate();
    setFormKey((current) => current + 1);
    setNotice(message);
  }

  const save = trpc.policy.save.useMutation({ onSuccess: (saved) => showSaved(saved, t("editor.saved")) });

  async function reload() {
    save.reset();
    setNotice(null);
    await policy.refetch();
    setFormKey((current) => current + 1);
  }

  const data = policy.data;
  // The form starts from a copy fetched for this visit, never from one cached on an earlier visit.
  if (!data || !policy.isFetchedAfterMount) {
    return (
      <p role={policy.error ? "alert" : undefined} className="text-sm text-slate-600">
        {policy.error ? policy.error.message : t("editor.loading")}
      </p>
    );
  }

  const { fieldErrors, formError } = formErrorsOf(save.error, reload);
  return (
    <section aria-labelledby="configure-custom-policy" className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <div className="space-y-3">
        <h2 id="configure-custom-policy" className="text-xl font-semibold">
          {t("editor.heading")}
        </h2>
        <p className="text-sm text-slate-700">
          {t.rich("editor.policyType", { type: t(`policyTypes.${data.policyType}`), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <PendingChange policy={data} />
        {notice && (
          <p role="status" className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
            {notice}
          </p>
        )}
        {!canWrite && <p className="text-sm text-slate-500">{t("editor.readOnly")}</p>}
      </div>

      <PolicyForm
        key={formKey}
        initial={toPolicyValues(data.settings)}
        version={data.version}
        readOnly={!canWrite}
        pending={save.isPending}
        fieldErrors={fieldErrors}
        formError={formError}
        onRestoreDefault={() => {
          save.reset();
          setConfirming(true);
        }}
        onChange={() => setNotice(null)}
        onSubmit={(values, version) => save.mutate({ ...key, version, ...toPolicyInput(values) })}
      />

      {confirming && (
        <RestoreDefault
          scenario={{ sceneId, name: data.name, version: data.version, policyType: data.policyType }}
          onClose={() => setConfirming(false)}
          onReload={() => setFormKey((current) => current + 1)}
          onRestored={(restored) => showSaved(restored, t("editor.restored"))}
        />
      )}
    </section>
  );
}
