import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { serverCaller } from "@/server/trpc/server-caller";
import { loadOrganizations } from "../../current-organization";

/** Loads a scenario of the current organization for a per-scenario page (NOT_FOUND otherwise). */
export async function loadScenario(sceneId: string) {
  const { current } = await loadOrganizations();
  if (!current) return null;
  return (await serverCaller()).scenario.get({ organizationId: current.id, sceneId }).catch(() => null);
}

export async function BackToScenarios() {
  const t = await getTranslations("scenarios.heading");
  return (
    <Link href="/scenarios" className="mb-4 inline-block text-sm text-brand-600 hover:underline">
      {t("back")}
    </Link>
  );
}

export async function ScenarioNotFound() {
  const t = await getTranslations("scenarios.heading");
  return (
    <>
      <BackToScenarios />
      <PageHeader title={t("notFound")} description={t("notFoundText")} />
    </>
  );
}
