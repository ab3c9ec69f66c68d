import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { supportsCustomPolicy } from "@/server/policy/rules";
import { BackToScenarios, ScenarioNotFound, loadScenario } from "../scenario-heading";
import { PolicyEditor } from "./policy-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policies"))("title") };
}

export default async function ScenarioPolicyPage({ params }: { params: Promise<{ sceneId: string }> }) {
  const scenario = await loadScenario((await params).sceneId);
  if (!scenario) return <ScenarioNotFound />;
  const t = await getTranslations("policies");
  const values = await getTranslations("scenarioValues");
  return (
    <>
      <BackToScenarios />
      <PageHeader
        title={t("title")}
        description={t("page.description", {
          name: scenario.name,
          sceneId: scenario.sceneId,
          method: values(`integrationMethods.${scenario.integrationMethod}.label`),
        })}
      />
      {supportsCustomPolicy(scenario.integrationMethod) ? (
        <PolicyEditor sceneId={scenario.sceneId} />
      ) : (
        <p className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-6 text-amber-900">{t("notSupported")}</p>
      )}
    </>
  );
}
