"use client";

import { useTranslations } from "next-intl";
import { FilterSelect, useTypedFilter } from "@/app/_components/filters";
import type { IntegrationMethod, RuleStatus, VerificationType } from "@/server/scenario/rules";
import { useScenarioLabels } from "./labels";

export interface ScenarioFilters {
  search: string;
  integrationMethod?: IntegrationMethod;
  verificationType?: VerificationType;
  ruleStatus?: RuleStatus;
}

/** Search (debounced, so typing does not send a request per key) and the three filters. */
export function ScenarioFilterBar({ filters, onChange }: { filters: ScenarioFilters; onChange: (filters: ScenarioFilters) => void }) {
  const [search, setSearch] = useTypedFilter(filters, "search", onChange, 250);
  const t = useTranslations("scenarios.filters");
  const labels = useScenarioLabels();
  // Short labels on purpose: "Integration Method", "Verification Type" and "Rule Status" name the
  // form fields of the Create and Modify panels, and a filter must never be mistaken for them.
  const selects = [
    { key: "integrationMethod", id: "filter-method", label: t("method"), options: labels.integrationMethodOptions },
    { key: "verificationType", id: "filter-type", label: t("type"), options: labels.verificationTypeOptions },
    { key: "ruleStatus", id: "filter-status", label: t("status"), options: labels.ruleStatusOptions },
  ] as const;

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React's element types yet
    <div role="search" aria-label={t("label")} className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-64 flex-1 flex-col text-xs font-medium text-slate-600">
        {t("search")}
        <input
          type="search"
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-normal text-slate-900"
          placeholder={t("searchPlaceholder")}
          value={search}
          maxLength={64}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {selects.map(({ key, id, label, options }) => (
        <FilterSelect
          key={key}
          id={id}
          label={label}
          value={filters[key]}
          options={options}
          onChange={(value) => onChange({ ...filters, [key]: value })}
        />
      ))}
    </div>
  );
}
