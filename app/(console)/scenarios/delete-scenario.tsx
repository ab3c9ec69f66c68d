"use client";

import { useState } from "react";
import { DialogForm } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";

/** "Confirm Delete": OK stays disabled until the exact Scenario ID is typed and the risk is acknowledged. */
export function DeleteScenario({ scenario, onClose }: { scenario: { sceneId: string; name: string }; onClose: () => void }) {
  const organization = useCurrentOrganization();
  const utils = trpc.useUtils();
  const [typed, setTyped] = useState("");
  const [acknowledged, setAcknowledged] = useState(false);
  const remove = trpc.scenario.delete.useMutation({
    onSuccess: async () => {
      await utils.scenario.list.invalidate();
      onClose();
    },
  });
  const ready = typed.trim() === scenario.sceneId && acknowledged;

  return (
    <DialogForm
      title="Confirm Delete"
      onClose={onClose}
      onSubmit={() => {
        if (ready) remove.mutate({ organizationId: organization.id, sceneId: scenario.sceneId, confirmSceneId: typed });
      }}
      submit={{ label: "OK", variant: "danger", disabled: !ready || remove.isPending }}
    >
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
        Deleting <strong>{scenario.name}</strong> permanently deletes all historical data of this scenario, and every CAPTCHA call that uses
        it will fail. This cannot be undone.
      </div>
      <Field
        label="Scenario ID"
        name="confirmSceneId"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        hint={
          <>
            Type <span className="font-mono font-semibold">{scenario.sceneId}</span> to confirm.
          </>
        }
        error={remove.error?.data?.fieldErrors?.confirmSceneId?.[0]}
        autoComplete="off"
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
        <span>
          I understand that the scenario and all of its historical data will be permanently deleted and that CAPTCHA calls using it will
          fail.
        </span>
      </label>
      {remove.error && !remove.error.data?.fieldErrors && <FormAlert>{remove.error.message}</FormAlert>}
    </DialogForm>
  );
}
