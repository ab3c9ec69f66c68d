"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/app/_components/dialog";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";
import { NEW_SCENARIO, ScenarioForm, toScenarioInput } from "./scenario-form";

export function CreateScenario({ onClose }: { onClose: () => void }) {
  const organization = useCurrentOrganization();
  const t = useTranslations("scenarios");
  const utils = trpc.useUtils();
  const create = trpc.scenario.create.useMutation({
    onSuccess: async () => {
      await utils.scenario.list.invalidate();
      onClose();
    },
  });
  const { fieldErrors, formError } = formErrorsOf(create.error);
  return (
    <Dialog title={t("create")} onClose={onClose} variant="panel">
      <ScenarioForm
        mode="create"
        initial={NEW_SCENARIO}
        pending={create.isPending}
        fieldErrors={fieldErrors}
        formError={formError}
        onCancel={onClose}
        onSubmit={(values) =>
          create.mutate({ organizationId: organization.id, integrationMethod: values.integrationMethod, ...toScenarioInput(values) })
        }
      />
    </Dialog>
  );
}
