"use client";

import { useTranslations } from "next-intl";
import { FilterInput, FilterSelect, useTypedFilter } from "@/app/_components/filters";
import { AUDIT_ACTION_VALUES } from "@/server/audit/rules";
import { useAuditWords } from "./audit-words";

/** The filters as the form holds them: "" means no filter. */
export interface AuditFilters {
  actor: string;
  action: string;
  sceneId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: "", action: "", sceneId: "", from: "", to: "" };

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
  const t = useTranslations("auditLog.filters");
  const words = useAuditWords();
  // Typed Scenario IDs are applied after a pause, so typing does not send a request per key.
  const [sceneId, setSceneId] = useTypedFilter(filters, "sceneId", onChange, 300);
  // An account that was deleted keeps its entries, found by the email it had.
  const actorOptions = actors.map((actor) => ({
    key: `${actor.id}:${actor.email}`,
    value: actor.id ?? actor.email,
    label: actor.id ? actor.email : t("deletedActor", { email: actor.email }),
  }));
  const actionOptions = AUDIT_ACTION_VALUES.map((action) => ({ value: action, label: words.action(action) }));
  const pick = (key: "actor" | "action", label: string, options: { value: string; label: string; key?: string }[]) => (
    <FilterSelect
      id={`audit-${key}`}
      label={label}
      value={filters[key]}
      options={options}
      onChange={(value) => onChange({ ...filters, [key]: value ?? "" })}
    />
  );
  /** The first or last day of the range; each bounds the other. */
  const day = (key: "from" | "to", label: string, bounds: { min?: string; max?: string }) => (
    <FilterInput
      id={`audit-${key}`}
      label={label}
      error={errors[key]}
      type="date"
      value={filters[key]}
      {...bounds}
      onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
    />
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React's element types yet
    <div role="search" aria-label={t("label")} className="mb-4 flex flex-wrap items-start gap-3">
      {pick("actor", t("actor"), actorOptions)}
      {pick("action", t("action"), actionOptions)}
      <FilterInput
        id="audit-scene-id"
        label={t("sceneId")}
        error={errors.sceneId}
        type="search"
        placeholder={t("sceneIdPlaceholder")}
        maxLength={64}
        autoComplete="off"
        value={sceneId}
        onChange={(event) => setSceneId(event.target.value)}
      />
      {day("from", t("from"), { max: filters.to || undefined })}
      {day("to", t("to"), { min: filters.from || undefined })}
    </div>
  );
}
