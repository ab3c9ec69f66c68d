"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination } from "@/app/_components/pagination";
import { trpc } from "@/app/_trpc/client";
import { AUDIT_MESSAGES, listAuditEntriesInput, type AuditAction } from "@/server/audit/rules";
import { ROLE_LABELS } from "@/server/permissions";
import { useCurrentOrganization, usePermission } from "../organization-context";
import { AuditFilterBar, NO_FILTERS, type AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 20;
const DESCRIPTION =
  "Every change to this organization: who made it, when, and what it was before and after. Entries cannot be edited or deleted.";

export function AuditLogView() {
  const organization = useCurrentOrganization();
  const canRead = usePermission("audit.read");
  if (!canRead) {
    return (
      <>
        <PageHeader title="Audit Log" />
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">
          {AUDIT_MESSAGES.forbidden} Your role in {organization.name} is {ROLE_LABELS[organization.role]}; ask an owner or admin if you need
          to know who changed what.
        </p>
      </>
    );
  }
  // Another organization starts with its own filters.
  return <AuditLog key={organization.id} />;
}

function AuditLog() {
  const organization = useCurrentOrganization();
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
      <PageHeader title="Audit Log" description={DESCRIPTION} />
      <AuditFilterBar filters={filters} actors={actors.data ?? []} errors={errors} onChange={changeFilters} />
      {list.error && (
        <p role="alert" className="mb-4 text-sm text-red-600">
          {list.error.message}
        </p>
      )}
      {!list.data ? (
        !list.error && <p className="text-sm text-slate-600">Loading…</p>
      ) : total === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-sm text-slate-600">
          {filtered ? "No entries match these filters." : "No changes have been recorded yet."}
        </p>
      ) : (
        <>
          <AuditTable entries={list.data.items} />
          <Pagination total={total} page={page} pageSize={PAGE_SIZE} noun={["entry", "entries"]} onPage={setPage} />
        </>
      )}
    </>
  );
}
