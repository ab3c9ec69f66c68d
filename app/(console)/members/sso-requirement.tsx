"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";

/** Owner-only: require single sign-on of every member (shown only when it is configured). */
export function SsoRequirement({ providerName }: { providerName: string }) {
  const organization = useCurrentOrganization();
  const router = useRouter();
  const t = useTranslations("members.sso");
  const [required, setRequired] = useState(organization.requireSso);
  const [saved, setSaved] = useState(false);
  const save = trpc.organization.setSsoRequirement.useMutation({
    onSuccess: () => {
      setSaved(true);
      router.refresh(); // the layout reads the organization's setting
    },
  });
  return (
    <section aria-labelledby="sso-requirement-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="sso-requirement-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          save.mutate({ organizationId: organization.id, requireSso: required });
        }}
      >
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={required}
            onChange={(event) => {
              setRequired(event.target.checked);
              setSaved(false);
            }}
          />
          <span>
            {t("require")}
            <span className="block text-slate-600">{t("requireHint", { provider: providerName })}</span>
          </span>
        </label>
        {save.error && <FormAlert>{save.error.message}</FormAlert>}
        {saved && (
          <p role="status" className="text-sm text-green-700">
            {t("saved")}
          </p>
        )}
        <Button type="submit" variant="secondary" disabled={save.isPending || required === organization.requireSso}>
          {t("save")}
        </Button>
      </form>
    </section>
  );
}
