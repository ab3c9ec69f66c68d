"use client";

import { keepPreviousData } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination } from "@/app/_components/pagination";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { useClockTime } from "../scenarios/labels";
import { PolicyTable, type PolicyRow } from "./policy-table";
import { RestoreDefault } from "./restore-default";

const PAGE_SIZE = 10;

/** Security Management > Custom Policy: every scenario of the organization with its policy type. */
export function PoliciesView() {
  const organization = useCurrentOrganization();
  const canWrite = usePermission("scenario.write");
  const t = useTranslations("policies");
  const noun = useTranslations("scenarios.noun");
  const clockTime = useClockTime();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [restoring, setRestoring] = useState<PolicyRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const closeDialog = useCallback(() => setRestoring(null), []);

  const list = trpc.policy.list.useQuery(
    { organizationId: organization.id, search: search.trim() || undefined, page, pageSize: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const total = list.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {notice && (
        <p role="status" className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-700">
          {notice}
        </p>
      )}

      {list.data && total === 0 && !search.trim() ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mx-auto mt-2 max-w-xl text-sm text-slate-600">{t("emptyText")}</p>
          <Link href="/scenarios" className="mt-4 inline-block text-sm font-medium text-brand-600 hover:underline">
            {t("goToScenarios")}
          </Link>
        </div>
      ) : (
        <>
          <div className="mb-4 max-w-sm">
            <input
              type="search"
              aria-label={t("search")}
              placeholder={t("searchPlaceholder")}
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setPage(1);
              }}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500"
            />
          </div>
          {list.error && (
            <p role="alert" className="mb-4 text-sm text-red-600">
              {list.error.message}
            </p>
          )}
          {list.data && total === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">{t("noMatch")}</p>
          ) : (
            <PolicyTable rows={list.data?.items ?? []} canWrite={canWrite} onRestore={setRestoring} />
          )}
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} noun={[noun("one"), noun("other")]} onPage={setPage} />
        </>
      )}

      {restoring && (
        <RestoreDefault
          scenario={restoring}
          onClose={closeDialog}
          onRestored={(policy) =>
            setNotice(
              policy.takesEffectAt
                ? t("restoredAt", { name: policy.name, time: clockTime(policy.takesEffectAt) })
                : t("restoredNow", { name: policy.name }),
            )
          }
        />
      )}
    </>
  );
}
