import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { POLICY_MESSAGES, supportsCustomPolicy } from "@/server/policy/rules";
import { integrationMethodLabel } from "../../labels";
import { BackToScenarios, ScenarioNotFound, loadScenario } from "../scenario-heading";
import { PolicyEditor } from "./policy-editor";

export const metadata: Metadata = { title: "Custom Policy" };

export default async function ScenarioPolicyPage({ params }: { params: Promise<{ sceneId: string }> }) {
  const scenario = await loadScenario((await params).sceneId);
  if (!scenario) return <ScenarioNotFound />;
  return (
    <>
      <BackToScenarios />
      <PageHeader
        title="Custom Policy"
        description={`${scenario.name} · Scenario ID ${scenario.sceneId} · ${integrationMethodLabel(scenario.integrationMethod)}`}
      />
      {supportsCustomPolicy(scenario.integrationMethod) ? (
        <PolicyEditor sceneId={scenario.sceneId} />
      ) : (
        <p className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-900">{POLICY_MESSAGES.notSupported}</p>
      )}
    </>
  );
}
