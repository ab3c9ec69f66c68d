"use client";

import Link from "next/link";
import { CopyButton } from "@/app/_components/copy-button";
import { DataTable } from "@/app/_components/data-table";
import type { RouterOutputs } from "@/app/_trpc/types";
import { clockTime, integrationMethodLabel, ruleStatusLabel, testResultLabel, verificationTypeLabel } from "./labels";

export type ScenarioRow = RouterOutputs["scenario"]["list"]["items"][number];

const COLUMNS = ["Scenario Name", "Scenario ID", "Integration Method", "Verification Type", "Rule Status", "Created", "Actions"];

/** The cells every list of scenarios starts with: Scenario Name, Scenario ID (to copy), Integration Method. */
export function ScenarioCells({ scenario }: { scenario: Pick<ScenarioRow, "name" | "sceneId" | "integrationMethod"> }) {
  return (
    <>
      <td className="px-4 py-3 font-medium">{scenario.name}</td>
      <td className="px-4 py-3">
        <span className="mr-2 font-mono">{scenario.sceneId}</span>
        <CopyButton text={scenario.sceneId} what={`Scenario ID ${scenario.sceneId}`} />
      </td>
      <td className="px-4 py-3">{integrationMethodLabel(scenario.integrationMethod)}</td>
    </>
  );
}

function RuleStatusCell({ scenario }: { scenario: ScenarioRow }) {
  if (scenario.ruleTakesEffectAt) {
    return <span>Official Release (takes effect at {clockTime(scenario.ruleTakesEffectAt)})</span>;
  }
  return (
    <span>
      {ruleStatusLabel(scenario.ruleStatus)}
      {scenario.testResult && <span className="block text-xs text-slate-500">{testResultLabel(scenario.testResult)}</span>}
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
  const action = "text-sm font-medium text-brand-600 hover:underline";
  return (
    <DataTable columns={COLUMNS}>
      {scenarios.map((scenario) => (
        <tr key={scenario.sceneId} className="align-top">
          <ScenarioCells scenario={scenario} />
          <td className="px-4 py-3">
            {verificationTypeLabel(scenario.verificationType)}
            {scenario.additionalChallenge && (
              <span className="block text-xs text-slate-500">
                Additional challenge: {verificationTypeLabel(scenario.additionalChallenge)}
              </span>
            )}
          </td>
          <td className="px-4 py-3">
            <RuleStatusCell scenario={scenario} />
          </td>
          <td className="px-4 py-3 whitespace-nowrap text-slate-600">
            <time dateTime={scenario.createdAt.toISOString()}>{scenario.createdAt.toLocaleString()}</time>
          </td>
          <td className="px-4 py-3">
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              <Link className={action} href={`/scenarios/${scenario.sceneId}/guide`}>
                Integration Guide
              </Link>
              {canWrite && (
                <button type="button" className={action} onClick={() => onModify(scenario)}>
                  Modify
                </button>
              )}
              <Link className={action} href={`/scenarios/${scenario.sceneId}/policy`}>
                Custom Policy
              </Link>
              {canDelete && (
                <button type="button" className="text-sm font-medium text-red-600 hover:underline" onClick={() => onDelete(scenario)}>
                  Delete
                </button>
              )}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
