"use client";

import { FilterSelect, useTypedFilter } from "@/app/_components/filters";
import type { IntegrationMethod, RuleStatus, VerificationType } from "@/server/scenario/rules";
import { integrationMethodOptions, ruleStatusOptions, verificationTypeOptions } from "./labels";

export interface ScenarioFilters {
  search: string;
  integrationMethod?: IntegrationMethod;
  verificationType?: VerificationType;
  ruleStatus?: RuleStatus;
}

// Short labels on purpose: "Integration Method", "Verification Type" and "Rule Status" name the
// form fields of the Create and Modify panels, and a filter must never be mistaken for them.
const SELECTS = [
  { key: "integrationMethod", label: "Method", options: integrationMethodOptions },
  { key: "verificationType", label: "Type", options: verificationTypeOptions },
  { key: "ruleStatus", label: "Status", options: ruleStatusOptions },
] as const;

/** Search (debounced, so typing does not send a request per key) and the three filters. */
export function ScenarioFilterBar({ filters, onChange }: { filters: ScenarioFilters; onChange: (filters: ScenarioFilters) => void }) {
  const [search, setSearch] = useTypedFilter(filters, "search", onChange, 250);

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React's element types yet
    <div role="search" aria-label="Filter scenarios" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-64 flex-1 flex-col text-xs font-medium text-slate-600">
        Search scenarios
        <input
          type="search"
          className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-normal text-slate-900"
          placeholder="Scenario name or Scenario ID"
          value={search}
          maxLength={64}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {SELECTS.map(({ key, label, options }) => (
        <FilterSelect
          key={key}
          id={`filter-${label.toLowerCase()}`}
          label={label}
          value={filters[key]}
          options={options}
          onChange={(value) => onChange({ ...filters, [key]: value })}
        />
      ))}
    </div>
  );
}
