"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination } from "@/app/_components/pagination";
import { trpc } from "@/app/_trpc/client";
import { listAuditEntriesInput, type AuditAction } from "@/server/audit/rules";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { AuditFilterBar, NO_FILTERS, type AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 20;

export function AuditLogView() {
  const organization = useCurrentOrganization();
  const canRead = usePermission("audit.read");
  const t = useTranslations("auditLog");
  const roles = useTranslations("roles");
  if (!canRead) {
    return (
      <>
        <PageHeader title={t("title")} />
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">
          {t("forbidden", { organization: organization.name, role: roles(organization.role) })}
        </p>
      </>
    );
  }
  // Another organization starts with its own filters.
  return <AuditLog key={organization.id} />;
}

function AuditLog() {
  const organization = useCurrentOrganization();
  const t = useTranslations("auditLog");
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const changeFilters = useCallback((next: AuditFilters) => {
    setFilters(next);
    setPage(1);
  }, []);
  // Days in the filters are the reader's days, wherever the server runs.
  const timeZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);

  const input = {
    actor: filters.actor || undefined,
    action: (filters.action || undefined) as AuditAction | undefined,
    sceneId: filters.sceneId.trim() || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    timeZone,
    page,
    pageSize: PAGE_SIZE,
  };
  // The API's own schema checks the filters first, so a bad one is explained next to its field
  // and the last valid results stay on screen instead of an error.
  const checked = listAuditEntriesInput.safeParse(input);
  const errors: Partial<Record<keyof AuditFilters, string>> = {};
  if (!checked.success) {
    for (const issue of checked.error.issues) errors[issue.path[0] as keyof AuditFilters] ??= issue.message;
  }

  const list = trpc.audit.list.useQuery(
    { organizationId: organization.id, ...input },
    { enabled: checked.success, placeholderData: keepPreviousData },
  );
  const actors = trpc.audit.actors.useQuery({ organizationId: organization.id });
  const total = list.data?.total ?? 0;
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilterBar filters={filters} actors={actors.data ?? []} errors={errors} onChange={changeFilters} />
      {list.error && (
        <p role="alert" className="mb-4 text-sm text-red-600">
          {list.error.message}
        </p>
      )}
      {!list.data ? (
        !list.error && <p className="text-sm text-slate-600">{t("loading")}</p>
      ) : total === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">{filtered ? t("noMatches") : t("empty")}</p>
      ) : (
        <>
          <AuditTable entries={list.data.items} />
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} noun={[t("noun.one"), t("noun.other")]} onPage={setPage} />
        </>
      )}
    </>
  );
}
