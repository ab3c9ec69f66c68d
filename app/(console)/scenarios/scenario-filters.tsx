"use client";

import { useEffect, useState } from "react";
import type { IntegrationMethod, RuleStatus, VerificationType } from "@/server/scenario/rules";
import { integrationMethodOptions, ruleStatusOptions, verificationTypeOptions } from "./labels";

export interface ScenarioFilters {
  search: string;
  integrationMethod?: IntegrationMethod;
  verificationType?: VerificationType;
  ruleStatus?: RuleStatus;
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      <select
        id={id}
        className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">All</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search (debounced, so typing does not send a request per key) and the three filters. */
export function ScenarioFilterBar({ filters, onChange }: { filters: ScenarioFilters; onChange: (filters: ScenarioFilters) => void }) {
  const [search, setSearch] = useState(filters.search);
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => onChange({ ...filters, search }), 250);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  return (
    // Short labels on purpose: "Integration Method", "Verification Type" and "Rule Status" name the
    // form fields of the Create and Modify panels, and a filter must never be mistaken for them.
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
      <FilterSelect
        label="Method"
        value={filters.integrationMethod}
        options={integrationMethodOptions}
        onChange={(value) => onChange({ ...filters, integrationMethod: value as IntegrationMethod | undefined })}
      />
      <FilterSelect
        label="Type"
        value={filters.verificationType}
        options={verificationTypeOptions}
        onChange={(value) => onChange({ ...filters, verificationType: value as VerificationType | undefined })}
      />
      <FilterSelect
        label="Status"
        value={filters.ruleStatus}
        options={ruleStatusOptions}
        onChange={(value) => onChange({ ...filters, ruleStatus: value as RuleStatus | undefined })}
      />
    </div>
  );
}
