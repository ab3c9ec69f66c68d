import { PageHeader } from "@/app/_components/page-header";
import { BackToScenarios, ScenarioNotFound, loadScenario } from "../scenario-heading";

export const metadata = { title: "Integration Guide" };

export default async function Page({ params }: { params: Promise<{ sceneId: string }> }) {
  const scenario = await loadScenario((await params).sceneId);
  if (!scenario) return <ScenarioNotFound />;
  return (
    <>
      <BackToScenarios />
      <PageHeader title="Integration Guide" description={`${scenario.name} · Scenario ID ${scenario.sceneId}`} />
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
        The integration guide is not available in this version of the console yet.
      </p>
    </>
  );
}
