import type { ReactNode } from "react";

/**
 * What every form control shares: its id, the label above it, its hint and error below it, and the
 * attributes that tie them to the control for screen readers.
 */
export function fieldControl(name: string, hint?: ReactNode, error?: string) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
}

/** The control's look: a red border while it has an error. */
export const controlClass = (error?: string, extra = "") =>
  `block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm outline-none focus:ring-2 focus:ring-brand-500 ${extra}${
    error ? "border-red-500" : "border-slate-300"
  }`;

const LOOKS = {
  /** A form's field. */
  form: { frame: "space-y-1", label: "block text-sm font-medium text-slate-700", error: "text-sm text-red-600" },
  /** A filter in a list's filter bar: small, side by side. */
  filter: { frame: "flex flex-col", label: "text-xs font-medium text-slate-600", error: "mt-1 max-w-56 text-xs text-red-600" },
};

/** The label, then the control (`children`), then the hint and the error. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  look = "form",
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  look?: keyof typeof LOOKS;
  children?: ReactNode;
}) {
  const classes = LOOKS[look];
  return (
    <div className={classes.frame}>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      {children}
      {hint && (
        <div id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className={classes.error}>
          {error}
        </p>
      )}
    </div>
  );
}
