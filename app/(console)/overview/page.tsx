"use client";

import { PageHeader } from "@/app/_components/page-header";
import { ROLE_LABELS } from "@/server/permissions";
import { useCurrentOrganization } from "../organization-context";

export default function OverviewPage() {
  const organization = useCurrentOrganization();
  return (
    <>
      <PageHeader title="Overview" description="Your organization at a glance." />
      <dl className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-500">Organization</dt>
          <dd className="mt-1 font-medium">{organization.name}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt id="overview-prefix" className="text-sm text-slate-500">
            Identity prefix
          </dt>
          <dd aria-labelledby="overview-prefix" className="mt-1 font-mono font-medium">
            {organization.prefix}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-500">Your role</dt>
          <dd className="mt-1 font-medium">{ROLE_LABELS[organization.role]}</dd>
        </div>
      </dl>
    </>
  );
}
