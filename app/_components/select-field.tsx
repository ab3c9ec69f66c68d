import type { ReactNode, SelectHTMLAttributes } from "react";
import { FieldFrame, controlClass, fieldControl } from "./field-frame";

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
  const control = fieldControl(name, hint, error);
  return (
    <FieldFrame id={control.id} label={label} hint={hint} error={error}>
      <select {...control} className={controlClass(error, "disabled:bg-slate-100 disabled:text-slate-500 ")} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
