"use client";

import { Dialog } from "@/app/_components/dialog";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";
import { FormAlert } from "./form-alert";
import { NEW_SCENARIO, ScenarioForm, toScenarioInput } from "./scenario-form";

export function CreateScenario({ onClose }: { onClose: () => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const create = trpc.scenario.create.useMutation({
    onSuccess: async () => {
      await utils.scenario.list.invalidate();
      onClose();
    },
  });
  const fieldErrors = create.error?.data?.fieldErrors ?? undefined;
  return (
    <Dialog title="Create Scenario" onClose={onClose} variant="panel">
      <ScenarioForm
        mode="create"
        initial={NEW_SCENARIO}
        pending={create.isPending}
        fieldErrors={fieldErrors}
        formError={create.error && !fieldErrors && <FormAlert>{create.error.message}</FormAlert>}
        onCancel={onClose}
        onSubmit={(values) =>
          create.mutate({ organizationId: organization.id, integrationMethod: values.integrationMethod, ...toScenarioInput(values) })
        }
      />
    </Dialog>
  );
}
