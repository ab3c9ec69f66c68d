"use client";

import { useEffect, useState, type ReactNode } from "react";
import { AUDIT_ACTIONS, AUDIT_ACTION_VALUES } from "@/server/audit/rules";

/** The filters as the form holds them: "" means no filter. */
export interface AuditFilters {
  actor: string;
  action: string;
  sceneId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: "", action: "", sceneId: "", from: "", to: "" };

const control = "mt-1 rounded-md border bg-white px-2 py-1.5 text-sm text-slate-900";

/** One filter: its label tied to the control by id, and its error below it. */
function Filter({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 max-w-56 text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

const errorProps = (id: string, error?: string) =>
  error
    ? { "aria-invalid": true, "aria-describedby": `${id}-error`, className: `${control} border-red-500` }
    : { className: `${control} border-slate-300` };

export function AuditFilterBar({
  filters,
  actors,
  errors,
  onChange,
}: {
  filters: AuditFilters;
  actors: { id: string | null; email: string }[];
  errors: Partial<Record<keyof AuditFilters, string>>;
  onChange: (filters: AuditFilters) => void;
}) {
  // Typed Scenario IDs are applied after a pause, so typing does not send a request per key.
  const [sceneId, setSceneId] = useState(filters.sceneId);
  useEffect(() => {
    if (sceneId === filters.sceneId) return;
    const timer = setTimeout(() => onChange({ ...filters, sceneId }), 300);
    return () => clearTimeout(timer);
  }, [sceneId, filters, onChange]);

  return (
    <div role="search" aria-label="Filter audit entries" className="mb-4 flex flex-wrap items-start gap-3">
      <Filter id="audit-actor" label="Actor">
        <select
          id="audit-actor"
          {...errorProps("audit-actor")}
          value={filters.actor}
          onChange={(event) => onChange({ ...filters, actor: event.target.value })}
        >
          <option value="">All</option>
          {actors.map((actor) => (
            // An account that was deleted keeps its entries, found by the email it had.
            <option key={`${actor.id}:${actor.email}`} value={actor.id ?? actor.email}>
              {actor.id ? actor.email : `${actor.email} (account deleted)`}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="audit-action" label="Action">
        <select
          id="audit-action"
          {...errorProps("audit-action")}
          value={filters.action}
          onChange={(event) => onChange({ ...filters, action: event.target.value })}
        >
          <option value="">All</option>
          {AUDIT_ACTION_VALUES.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTIONS[action].label}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="audit-scene-id" label="Scenario ID" error={errors.sceneId}>
        <input
          id="audit-scene-id"
          type="search"
          {...errorProps("audit-scene-id", errors.sceneId)}
          placeholder="8 letters and digits"
          maxLength={64}
          autoComplete="off"
          value={sceneId}
          onChange={(event) => setSceneId(event.target.value)}
        />
      </Filter>
      <Filter id="audit-from" label="From" error={errors.from}>
        <input
          id="audit-from"
          type="date"
          {...errorProps("audit-from", errors.from)}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => onChange({ ...filters, from: event.target.value })}
        />
      </Filter>
      <Filter id="audit-to" label="To" error={errors.to}>
        <input
          id="audit-to"
          type="date"
          {...errorProps("audit-to", errors.to)}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => onChange({ ...filters, to: event.target.value })}
        />
      </Filter>
    </div>
  );
}
