import type { ReactNode } from "react";

/** A column's name; `visuallyHidden` for one only read out, whose cells speak for themselves (a button). */
export type Column = string | { label: string; visuallyHidden: true };

/**
 * The console's table: a bordered, scrollable shell with a header row of column names. Rows are
 * the caller's <tr> elements, so each view keeps its own cells.
 */
export function DataTable({
  columns,
  children,
  label,
  caption,
}: {
  columns: readonly Column[];
  children: ReactNode;
  /** The table's name for screen readers, where no caption shows it. */
  label?: string;
  caption?: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        {caption && <caption className="px-4 py-3 text-left font-medium">{caption}</caption>}
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col" className="px-4 py-3">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="px-4 py-3">
                  <span className="sr-only">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
