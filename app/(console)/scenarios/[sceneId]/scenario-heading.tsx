import Link from "next/link";
import { PageHeader } from "@/app/_components/page-header";
import { serverCaller } from "@/server/trpc/server-caller";
import { loadOrganizations } from "../../current-organization";

/** Loads a scenario of the current organization for a per-scenario page (NOT_FOUND otherwise). */
export async function loadScenario(sceneId: string) {
  const { current } = await loadOrganizations();
  if (!current) return null;
  return (await serverCaller()).scenario.get({ organizationId: current.id, sceneId }).catch(() => null);
}

export function BackToScenarios() {
  return (
    <Link href="/scenarios" className="mb-4 inline-block text-sm text-brand-600 hover:underline">
      ← Scenarios
    </Link>
  );
}

export function ScenarioNotFound() {
  return (
    <>
      <BackToScenarios />
      <PageHeader title="Scenario not found" description="This scenario does not exist in your organization, or it was deleted." />
    </>
  );
}
