"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { PageHeader } from "@/app/_components/page-header";
import { trpc } from "@/app/_trpc/client";
import { useCurrentOrganization } from "../organization-context";
import { SERIES, UsageChart } from "./usage-chart";

function Card({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt id={id} className="text-sm text-slate-500">
        {label}
      </dt>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
      <dd aria-labelledby={id} className="mt-1 text-lg font-medium">
        {children}
      </dd>
    </div>
  );
}

export default function OverviewPage() {
  const organization = useCurrentOrganization();
  const t = useTranslations("overview");
  const roles = useTranslations("roles");
  const format = useFormatter();
  const [days, setDays] = useState<7 | 30>(7);
  const [sceneId, setSceneId] = useState("");
  const today = trpc.usage.byDay.useQuery({ organizationId: organization.id, days: 1 });
  const trend = trpc.usage.byDay.useQuery({ organizationId: organization.id, days, sceneId: sceneId || undefined });
  const scenarios = trpc.scenario.list.useQuery({ organizationId: organization.id, pageSize: 50 });
  const todays = today.data?.[0];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <dl className="mb-8 grid max-w-4xl gap-4 sm:grid-cols-3">
        <Card label={t("organization")} id="overview-organization">
          {organization.name}
        </Card>
        <Card label={t("identityPrefix")} id="overview-prefix">
          <span className="font-mono">{organization.prefix}</span>
        </Card>
        <Card label={t("yourRole")} id="overview-role">
          {roles(organization.role)}
        </Card>
      </dl>

      <section aria-labelledby="today-heading" className="mb-8">
        <h2 id="today-heading" className="mb-3 text-lg font-semibold">
          {t("today")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-4">
          {SERIES.map((series) => (
            <Card key={series.key} label={t(`series.${series.key}`)} id={`today-${series.key}`}>
              <span className="text-2xl">{todays ? format.number(todays[series.key]) : "–"}</span>
            </Card>
          ))}
        </dl>
      </section>

      <section aria-labelledby="trend-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <h2 id="trend-heading" className="text-lg font-semibold">
            {t("trend")}
          </h2>
          <div className="flex gap-3">
            <div className="flex flex-col">
              <label htmlFor="trend-range" className="text-xs font-medium text-slate-600">
                {t("period")}
              </label>
              <select
                id="trend-range"
                className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                value={days}
                onChange={(event) => setDays(Number(event.target.value) as 7 | 30)}
              >
                <option value={7}>{t("last7")}</option>
                <option value={30}>{t("last30")}</option>
              </select>
            </div>
            <div className="flex flex-col">
              <label htmlFor="trend-scenario" className="text-xs font-medium text-slate-600">
                {t("scenario")}
              </label>
              <select
                id="trend-scenario"
                className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                value={sceneId}
                onChange={(event) => setSceneId(event.target.value)}
              >
                <option value="">{t("allScenarios")}</option>
                {scenarios.data?.items.map((scenario) => (
                  <option key={scenario.sceneId} value={scenario.sceneId}>
                    {scenario.name} ({scenario.sceneId})
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        {trend.data && <UsageChart data={trend.data} />}
        {trend.data && (
          <table className="sr-only">
            <caption>{t("perDay")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                {SERIES.map((series) => (
                  <th key={series.key} scope="col">
                    {t(`series.${series.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.data.map((row) => (
                <tr key={row.day}>
                  <td>{row.day}</td>
                  {SERIES.map((series) => (
                    <td key={series.key}>{format.number(row[series.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
