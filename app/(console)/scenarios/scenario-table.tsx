"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CopyButton } from "@/app/_components/copy-button";
import { DataTable } from "@/app/_components/data-table";
import type { RouterOutputs } from "@/app/_trpc/types";
import { useClockTime, useScenarioLabels } from "./labels";

export type ScenarioRow = RouterOutputs["scenario"]["list"]["items"][number];

/** The cells every list of scenarios starts with: Scenario Name, Scenario ID (to copy), Integration Method. */
export function ScenarioCells({ scenario }: { scenario: Pick<ScenarioRow, "name" | "sceneId" | "integrationMethod"> }) {
  const t = useTranslations("scenarios.table");
  const labels = useScenarioLabels();
  return (
    <>
      <td className="px-4 py-3 font-medium">{scenario.name}</td>
      <td className="px-4 py-3">
        <span className="mr-2 font-mono">{scenario.sceneId}</span>
        <CopyButton text={scenario.sceneId} what={t("copySceneId", { sceneId: scenario.sceneId })} />
      </td>
      <td className="px-4 py-3">{labels.integrationMethod(scenario.integrationMethod)}</td>
    </>
  );
}

function RuleStatusCell({ scenario }: { scenario: ScenarioRow }) {
  const t = useTranslations("scenarios.table");
  const labels = useScenarioLabels();
  const clockTime = useClockTime();
  if (scenario.ruleTakesEffectAt) {
    return <span>{t("takesEffectAt", { time: clockTime(scenario.ruleTakesEffectAt) })}</span>;
  }
  return (
    <span>
      {labels.ruleStatus(scenario.ruleStatus)}
      {scenario.testResult && <span className="block text-xs text-slate-500">{labels.testResult(scenario.testResult)}</span>}
    </span>
  );
}

export function ScenarioTable({
  scenarios,
  canWrite,
  canDelete,
  onModify,
  onDelete,
}: {
  scenarios: ScenarioRow[];
  canWrite: boolean;
  canDelete: boolean;
  onModify: (scenario: ScenarioRow) => void;
  onDelete: (scenario: ScenarioRow) => void;
}) {
  const t = useTranslations("scenarios.table");
  const labels = useScenarioLabels();
  const locale = useLocale();
  const columns = [t("name"), t("sceneId"), t("integrationMethod"), t("verificationType"), t("ruleStatus"), t("created"), t("actions")];
  const action = "text-sm font-medium text-brand-600 hover:underline";
  return (
    <DataTable columns={columns}>
      {scenarios.map((scenario) => (
        <tr key={scenario.sceneId} className="align-top">
          <ScenarioCells scenario={scenario} />
          <td className="px-4 py-3">
            {labels.verificationType(scenario.verificationType)}
            {scenario.additionalChallenge && (
              <span className="block text-xs text-slate-500">
                {t("additionalChallenge", { challenge: labels.verificationType(scenario.additionalChallenge) })}
              </span>
            )}
          </td>
          <td className="px-4 py-3">
            <RuleStatusCell scenario={scenario} />
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600">
            {/* In the viewer's time zone, written the page's way. */}
            <time dateTime={scenario.createdAt.toISOString()}>{scenario.createdAt.toLocaleString(locale)}</time>
          </td>
          <td className="px-4 py-3">
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              <Link className={action} href={`/scenarios/${scenario.sceneId}/guide`}>
                {t("integrationGuide")}
              </Link>
              {canWrite && (
                <button type="button" className={action} onClick={() => onModify(scenario)}>
                  {t("modify")}
                </button>
              )}
              <Link className={action} href={`/scenarios/${scenario.sceneId}/policy`}>
                {t("customPolicy")}
              </Link>
              {canDelete && (
                <button type="button" className="text-sm font-medium text-red-600 hover:underline" onClick={() => onDelete(scenario)}>
                  {t("delete")}
                </button>
              )}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
