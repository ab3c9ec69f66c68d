import type { ReactNode } from "react";

/**
 * The console's table: a bordered, scrollable shell with a header row of column names. Rows are
 * the caller's <tr> elements, so each view keeps its own cells.
 */
export function DataTable({ columns, children, label }: { columns: readonly string[]; children: ReactNode; label?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-4 py-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
