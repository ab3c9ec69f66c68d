"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/app/_components/data-table";
import type { RouterOutputs } from "@/app/_trpc/types";
import { ScenarioCells } from "../scenarios/scenario-table";

export type PolicyRow = RouterOutputs["policy"]["list"]["items"][number];

const ACTION =
  "text-sm font-medium text-brand-600 hover:underline disabled:cursor-not-allowed disabled:text-slate-400 disabled:no-underline";

/** A scenario whose integration method has no custom policy: both actions shown, disabled, with the reason. */
function UnsupportedActions({ row }: { row: PolicyRow }) {
  const t = useTranslations("policies");
  const reasonId = `policy-reason-${row.sceneId}`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {/* A link without a destination: kept as a link so it reads like the Modify of other rows. */}
        {/* biome-ignore lint/a11y/useValidAnchor: a disabled link, described by its reason (see above) */}
        <a role="link" aria-disabled="true" aria-describedby={reasonId} className="cursor-not-allowed text-sm font-medium text-slate-400">
          {t("table.modify")}
        </a>
        <button type="button" className={ACTION} disabled aria-describedby={reasonId}>
          {t("table.restoreDefault")}
        </button>
      </div>
      <p id={reasonId} className="max-w-xs text-xs text-slate-500">
        {t("notSupported")}
      </p>
    </div>
  );
}

export function PolicyTable({ rows, canWrite, onRestore }: { rows: PolicyRow[]; canWrite: boolean; onRestore: (row: PolicyRow) => void }) {
  const t = useTranslations("policies");
  const columns = [t("table.name"), t("table.sceneId"), t("table.integrationMethod"), t("table.policyType"), t("table.actions")];
  return (
    <DataTable columns={columns}>
      {rows.map((row) => (
        <tr key={row.sceneId} className="align-top">
          <ScenarioCells scenario={row} />
          <td className="px-4 py-3">{t(`policyTypes.${row.policyType}`)}</td>
          <td className="px-4 py-3">
            {!row.supportsCustomPolicy ? (
              <UnsupportedActions row={row} />
            ) : canWrite ? (
              <div className="flex flex-wrap gap-x-3 gap-y-1">
                <Link className={ACTION} href={`/scenarios/${row.sceneId}/policy`}>
                  {t("table.modify")}
                </Link>
                <button type="button" className={ACTION} onClick={() => onRestore(row)}>
                  {t("table.restoreDefault")}
                </button>
              </div>
            ) : (
              <Link className={ACTION} href={`/scenarios/${row.sceneId}/policy`}>
                {t("table.view")}
              </Link>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
