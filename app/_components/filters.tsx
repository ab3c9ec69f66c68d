"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type InputHTMLAttributes } from "react";
import { FieldFrame } from "./field-frame";

const control = "mt-1 rounded-md border bg-white px-2 py-1.5 text-sm text-slate-900";

/** The props that give a filter's control its look, and tie it to its error for screen readers. */
const filterControlProps = (id: string, error?: string) =>
  error
    ? { "aria-invalid": true, "aria-describedby": `${id}-error`, className: `${control} border-red-500` }
    : { className: `${control} border-slate-300` };

/** A filter typed or picked in an input (a Scenario ID, a date). */
export function FilterInput({
  id,
  label,
  error,
  ...input
}: { id: string; label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame look="filter" id={id} label={label} error={error}>
      <input id={id} {...filterControlProps(id, error)} {...input} />
    </FieldFrame>
  );
}

/** A filter that picks one value of a list, or "All" (the empty value). */
export function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  /** `key` where two options can share a value. */
  options: { value: string; label: string; key?: string }[];
  onChange: (value: string | undefined) => void;
}) {
  const t = useTranslations("common");
  return (
    <FieldFrame look="filter" id={id} label={label}>
      <select id={id} {...filterControlProps(id)} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t("all")}</option>
        {options.map((option) => (
          <option key={option.key ?? option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A typed filter (`filters[key]`), handed on after a pause so that typing does not send a request
 * per key. Returns what the field shows and its setter.
 */
export function useTypedFilter<F, K extends keyof F>(filters: F, key: K, onChange: (filters: F) => void, delayMs: number) {
  const [typed, setTyped] = useState(filters[key]);
  useEffect(() => {
    if (typed === filters[key]) return;
    const timer = setTimeout(() => onChange({ ...filters, [key]: typed }), delayMs);
    return () => clearTimeout(timer);
  }, [typed, filters, key, onChange, delayMs]);
  return [typed, setTyped] as const;
}
