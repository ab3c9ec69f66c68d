import type { ReactNode, SelectHTMLAttributes } from "react";

/** A labelled select with its hint and error below it, tied together for screen readers. */
export function SelectField({
  label,
  name,
  options,
  error,
  hint,
  placeholder,
  ...select
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500 disabled:bg-slate-100 disabled:text-slate-500 ${
          error ? "border-red-500" : "border-slate-300"
        }`}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <div id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
