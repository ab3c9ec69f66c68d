"use client";

import { Fragment, useState } from "react";
import { DataTable, type Column } from "@/app/_components/data-table";
import type { RouterOutputs } from "@/app/_trpc/types";
import { diffEntry, formatAuditValue, type DiffRow } from "@/server/audit/diff";
import { SCENARIO_TARGET_TYPES, auditActionLabel, auditTargetTypeLabel } from "@/server/audit/rules";

export type AuditEntryRow = RouterOutputs["audit"]["list"]["items"][number];

const COLUMNS: Column[] = ["Time", "Actor", "Action", "Target", { label: "Details", visuallyHidden: true }];
// Snapshots store times as ISO strings; people read them in their own time zone.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function Value({ row, side }: { row: DiffRow; side: "before" | "after" }) {
  const value = row[side];
  const shown = formatAuditValue(row.key, value);
  if (shown === "") {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">none</span>
      </span>
    );
  }
  if (typeof value === "string" && ISO_TIME.test(value)) {
    return <time dateTime={value}>{new Date(value).toLocaleString()}</time>;
  }
  return <span className="break-all">{shown}</span>;
}

function Changes({ entry, id }: { entry: AuditEntryRow; id: string }) {
  const rows = diffEntry(entry.before, entry.after, entry.targetType);
  if (rows.length === 0) {
    return (
      <p id={id} className="text-sm text-slate-600">
        This entry records no field changes.
      </p>
    );
  }
  return (
    <table id={id} aria-label={`Changes: ${auditActionLabel(entry.action)} ${entry.targetLabel}`} className="w-full max-w-3xl text-sm">
      <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-4">
            Field
          </th>
          <th scope="col" className="py-1 pr-4">
            Before
          </th>
          <th scope="col" className="py-1">
            After
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => (
          <tr key={row.key} className="align-top">
            <th scope="row" className="py-1.5 pr-4 text-left font-medium">
              {row.field}
            </th>
            <td className={`py-1.5 pr-4 ${row.change === "added" ? "" : "text-red-700"}`}>
              <Value row={row} side="before" />
            </td>
            <td className={`py-1.5 ${row.change === "removed" ? "" : "text-green-700"}`}>
              <Value row={row} side="after" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Target({ entry }: { entry: AuditEntryRow }) {
  return (
    <>
      <span className="font-medium">{entry.targetLabel}</span>
      <span className="block text-xs text-slate-500">
        {auditTargetTypeLabel(entry.targetType)}
        {SCENARIO_TARGET_TYPES.includes(entry.targetType) && <span className="font-mono"> {entry.targetId}</span>}
      </span>
    </>
  );
}

/** The entries, each with a control that shows its before/after changes below it. */
export function AuditTable({ entries }: { entries: AuditEntryRow[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <DataTable columns={COLUMNS} label="Audit entries">
      {entries.map((entry) => {
        const expanded = open.has(entry.id);
        const changesId = `changes-${entry.id}`;
        return (
          <Fragment key={entry.id}>
            <tr className="align-top">
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toLocaleString()}</time>
              </td>
              <td className="px-4 py-3">
                {entry.actorEmail}
                {!entry.actorId && <span className="block text-xs text-slate-500">Account deleted</span>}
              </td>
              <td className="px-4 py-3">{auditActionLabel(entry.action)}</td>
              <td className="px-4 py-3">
                <Target entry={entry} />
              </td>
              <td className="px-4 py-3 text-right">
                <button
                  type="button"
                  className="text-sm font-medium whitespace-nowrap text-brand-600 hover:underline"
                  aria-expanded={expanded}
                  aria-controls={expanded ? changesId : undefined}
                  onClick={() => toggle(entry.id)}
                >
                  {expanded ? "Hide changes" : "Show changes"}
                </button>
              </td>
            </tr>
            {expanded && (
              <tr className="bg-slate-50">
                <td colSpan={COLUMNS.length} className="px-4 py-3">
                  <Changes entry={entry} id={changesId} />
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </DataTable>
  );
}
