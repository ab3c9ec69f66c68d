"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Dialog } from "@/app/_components/dialog";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";
import { ScenarioForm, toScenarioInput, type ScenarioFormValues } from "./scenario-form";

/** The Modify panel. It loads the scenario afresh, and saves against the version it loaded. */
export function ModifyScenario({ sceneId, onClose }: { sceneId: string; onClose: () => void }) {
  const organization = useCurrentOrganization();
  const t = useTranslations("scenarios.modify");
  const utils = trpc.useUtils();
  const scenario = trpc.scenario.get.useQuery({ organizationId: organization.id, sceneId }, { staleTime: 0 });
  // Bumped on "Reload" so the form starts over from the fresh copy.
  const [formKey, setFormKey] = useState(0);
  const update = trpc.scenario.update.useMutation({
    onSuccess: async () => {
      await utils.scenario.invalidate();
      onClose();
    },
  });

  async function reload() {
    update.reset();
    await scenario.refetch();
    setFormKey((key) => key + 1);
  }

  const data = scenario.data;
  const { fieldErrors, formError } = formErrorsOf(update.error, reload);
  return (
    <Dialog title={t("title")} onClose={onClose} variant="panel">
      {!data ? (
        <p className="text-sm text-slate-600">{scenario.error ? scenario.error.message : t("loading")}</p>
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-600">
            {t("sceneId")} <span className="font-mono font-medium text-slate-900">{data.sceneId}</span>
          </p>
          <ScenarioForm
            key={formKey}
            mode="modify"
            initial={
              {
                name: data.name,
                integrationMethod: data.integrationMethod,
                verificationType: data.verificationType,
                additionalChallenge: data.additionalChallenge === "INVISIBLE" ? "" : (data.additionalChallenge ?? ""),
                ruleStatus: data.ruleStatus,
                testResult: data.testResult ?? "",
              } satisfies ScenarioFormValues
            }
            pending={update.isPending}
            fieldErrors={fieldErrors}
            formError={formError}
            onCancel={onClose}
            onSubmit={(values) =>
              update.mutate({ organizationId: organization.id, sceneId, version: data.version, ...toScenarioInput(values) })
            }
          />
        </>
      )}
    </Dialog>
  );
}
