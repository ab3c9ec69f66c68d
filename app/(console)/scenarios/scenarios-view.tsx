"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { Button } from "@/app/_components/button";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination } from "@/app/_components/pagination";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { CreateScenario } from "./create-scenario";
import { DeleteScenario } from "./delete-scenario";
import { ModifyScenario } from "./modify-scenario";
import { ScenarioFilterBar, type ScenarioFilters } from "./scenario-filters";
import { ScenarioTable, type ScenarioRow } from "./scenario-table";

const PAGE_SIZE = 10;

type OpenDialog = { kind: "create" } | { kind: "modify"; scenario: ScenarioRow } | { kind: "delete"; scenario: ScenarioRow } | null;

export function ScenariosView() {
  const organization = useCurrentOrganization();
  const canWrite = usePermission("scenario.write");
  const canDelete = usePermission("scenario.delete");
  const [filters, setFilters] = useState<ScenarioFilters>({ search: "" });
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const changeFilters = useCallback((next: ScenarioFilters) => {
    setFilters(next);
    setPage(1);
  }, []);

  const list = trpc.scenario.list.useQuery(
    { organizationId: organization.id, ...filters, search: filters.search || undefined, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const filtered = Boolean(filters.search || filters.integrationMethod || filters.verificationType || filters.ruleStatus);
  const total = list.data?.total ?? 0;
  const createButton = canWrite && <Button onClick={() => setDialog({ kind: "create" })}>Create Scenario</Button>;

  return (
    <>
      <PageHeader
        title="Scenarios"
        description="A scenario holds the integration method, verification type and rule status for one place you protect, and gives you the Scenario ID your client passes to the CAPTCHA."
        actions={createButton}
      />
      <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
        Start new scenarios in <strong>Test Mode</strong>: it only checks connectivity and returns the result you configure, so your own
        testing is not flagged as bot traffic. Switch to Official Release once the integration works end to end.
      </p>

      {list.data && total === 0 && !filtered ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">No scenarios yet</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">
            A verification scenario is where you choose how the CAPTCHA integrates (Web/H5, an app WebView or a WeChat mini program), which
            challenge people see, and whether it runs in Test Mode. Each scenario gets a Scenario ID to put in your client code.
          </p>
          {createButton && <div className="mt-4">{createButton}</div>}
          {!canWrite && <p className="mt-4 text-sm text-slate-500">Viewers cannot create scenarios. Ask an admin for the Member role.</p>}
        </div>
      ) : (
        <>
          <ScenarioFilterBar filters={filters} onChange={changeFilters} />
          {list.error && (
            <p role="alert" className="mb-4 text-sm text-red-600">
              {list.error.message}
            </p>
          )}
          {list.data && total === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">No scenarios match these filters.</p>
          ) : (
            <ScenarioTable
              scenarios={list.data?.items ?? []}
              canWrite={canWrite}
              canDelete={canDelete}
              onModify={(scenario) => setDialog({ kind: "modify", scenario })}
              onDelete={(scenario) => setDialog({ kind: "delete", scenario })}
            />
          )}
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} noun={["scenario", "scenarios"]} onPage={setPage} />
        </>
      )}

      {dialog?.kind === "create" && <CreateScenario onClose={closeDialog} />}
      {dialog?.kind === "modify" && <ModifyScenario sceneId={dialog.scenario.sceneId} onClose={closeDialog} />}
      {dialog?.kind === "delete" && <DeleteScenario scenario={dialog.scenario} onClose={closeDialog} />}
    </>
  );
}
