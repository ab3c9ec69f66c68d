"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { useCurrentOrganization } from "../organization-context";

export type RestoredPolicy = RouterOutputs["policy"]["restoreDefault"];

/**
 * "Restore Default" confirmation: discards a scenario's custom settings. Like any policy change it
 * names the version it was opened on, so it never discards settings someone saved meanwhile.
 */
export function RestoreDefault({
  scenario,
  onClose,
  onRestored,
  onReload,
}: {
  scenario: { sceneId: string; name: string; version: number; policyType: "DEFAULT" | "CUSTOM" };
  onClose: () => void;
  onRestored?: (policy: RestoredPolicy) => void;
  /** Called once the latest policy is loaded after a conflict, e.g. to restart a form from it. */
  onReload?: () => void;
}) {
  const organization = useCurrentOrganization();
  const t = useTranslations("policies.restore");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const utils = trpc.useUtils();
  const restore = trpc.policy.restoreDefault.useMutation({
    onSuccess: async (policy) => {
      onRestored?.(policy);
      await utils.policy.list.invalidate();
      onClose();
    },
  });
  const conflict = restore.error?.data?.code === "CONFLICT";

  async function reload() {
    await utils.policy.invalidate();
    onReload?.();
    onClose();
  }

  return (
    <Dialog title={t("title")} onClose={onClose}>
      <div className="space-y-4">
        {scenario.policyType === "CUSTOM" ? (
          <p className="text-sm text-slate-700">{t.rich("custom", { name: scenario.name, strong })}</p>
        ) : (
          <p className="text-sm text-slate-700">{t.rich("alreadyDefault", { name: scenario.name, strong })}</p>
        )}
        {restore.error && (
          <FormAlert>
            {restore.error.message}
            {conflict && (
              <Button variant="secondary" className="ml-3" onClick={reload}>
                {t("reload")}
              </Button>
            )}
          </FormAlert>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            disabled={restore.isPending}
            onClick={() => restore.mutate({ organizationId: organization.id, sceneId: scenario.sceneId, version: scenario.version })}
          >
            {t("ok")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
