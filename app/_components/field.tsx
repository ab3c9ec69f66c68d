import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldFrame, controlClass, fieldControl } from "./field-frame";

/** A labelled input with its error message right below it, tied together for screen readers. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: { label: string; name: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const control = fieldControl(name, hint, error);
  return (
    <FieldFrame id={control.id} label={label} hint={hint} error={error}>
      <input {...control} className={controlClass(error)} {...input} />
    </FieldFrame>
  );
}
