"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("scenarios");
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
  const createButton = canWrite && <Button onClick={() => setDialog({ kind: "create" })}>{t("create")}</Button>;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={createButton} />
      <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
        {t.rich("testModeTip", { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>

      {list.data && total === 0 && !filtered ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">{t("emptyText")}</p>
          {createButton && <div className="mt-4">{createButton}</div>}
          {!canWrite && <p className="mt-4 text-sm text-slate-500">{t("viewerCannotCreate")}</p>}
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
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">{t("noMatch")}</p>
          ) : (
            <ScenarioTable
              scenarios={list.data?.items ?? []}
              canWrite={canWrite}
              canDelete={canDelete}
              onModify={(scenario) => setDialog({ kind: "modify", scenario })}
              onDelete={(scenario) => setDialog({ kind: "delete", scenario })}
            />
          )}
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} noun={[t("noun.one"), t("noun.other")]} onPage={setPage} />
        </>
      )}

      {dialog?.kind === "create" && <CreateScenario onClose={closeDialog} />}
      {dialog?.kind === "modify" && <ModifyScenario sceneId={dialog.scenario.sceneId} onClose={closeDialog} />}
      {dialog?.kind === "delete" && <DeleteScenario scenario={dialog.scenario} onClose={closeDialog} />}
    </>
  );
}
