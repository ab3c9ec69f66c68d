"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DialogForm } from "@/app/_components/dialog";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";

/** "Confirm Delete": OK stays disabled until the exact Scenario ID is typed and the risk is acknowledged. */
export function DeleteScenario({ scenario, onClose }: { scenario: { sceneId: string; name: string }; onClose: () => void }) {
  const organization = useCurrentOrganization();
  const t = useTranslations("scenarios.delete");
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
      title={t("title")}
      onClose={onClose}
      onSubmit={() => {
        if (ready) remove.mutate({ organizationId: organization.id, sceneId: scenario.sceneId, confirmSceneId: typed });
      }}
      submit={{ label: t("ok"), variant: "danger", disabled: !ready || remove.isPending }}
    >
      <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
        {t.rich("warning", { name: scenario.name, strong: (chunks) => <strong>{chunks}</strong> })}
      </div>
      <Field
        label={t("sceneId")}
        name="confirmSceneId"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        hint={t.rich("typeToConfirm", {
          sceneId: scenario.sceneId,
          id: (chunks) => <span className="font-mono font-semibold">{chunks}</span>,
        })}
        error={remove.error?.data?.fieldErrors?.confirmSceneId?.[0]}
        autoComplete="off"
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
        <span>{t("acknowledge")}</span>
      </label>
      {remove.error && !remove.error.data?.fieldErrors && <FormAlert>{remove.error.message}</FormAlert>}
    </DialogForm>
  );
}
