"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { DataTable, type Column } from "@/app/_components/data-table";
import type { RouterOutputs } from "@/app/_trpc/types";
import { diffEntry, type DiffRow } from "@/server/audit/diff";
import { SCENARIO_TARGET_TYPES } from "@/server/audit/rules";
import { useAuditWords } from "./audit-words";

export type AuditEntryRow = RouterOutputs["audit"]["list"]["items"][number];

const COLUMN_COUNT = 5;

function Value({ row, side }: { row: DiffRow; side: "before" | "after" }) {
  const t = useTranslations("common");
  const words = useAuditWords();
  const shown = words.value(row.key, row[side]);
  if (shown === "") {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("none")}</span>
      </span>
    );
  }
  if (shown instanceof Date) return <time dateTime={shown.toISOString()}>{words.time(shown)}</time>;
  return <span className="break-all">{shown}</span>;
}

function Changes({ entry, id }: { entry: AuditEntryRow; id: string }) {
  const t = useTranslations("auditLog");
  const words = useAuditWords();
  const rows = diffEntry(entry.before, entry.after, entry.targetType);
  if (rows.length === 0) {
    return (
      <p id={id} className="text-sm text-slate-600">
        {t("noFieldChanges")}
      </p>
    );
  }
  return (
    <table
      id={id}
      aria-label={t("changesLabel", { action: words.action(entry.action), target: entry.targetLabel })}
      className="w-full max-w-3xl text-sm"
    >
      <thead className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-1 pr-4">
            {t("changeColumns.field")}
          </th>
          <th scope="col" className="py-1 pr-4">
            {t("changeColumns.before")}
          </th>
          <th scope="col" className="py-1">
            {t("changeColumns.after")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => (
          <tr key={row.key} className="align-top">
            <th scope="row" className="py-1.5 pr-4 text-left font-medium">
              {words.field(row.key, entry.targetType)}
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
  const words = useAuditWords();
  return (
    <>
      <span className="font-medium">{entry.targetLabel}</span>
      <span className="block text-xs text-slate-500">
        {words.targetType(entry.targetType)}
        {SCENARIO_TARGET_TYPES.includes(entry.targetType) && <span className="font-mono"> {entry.targetId}</span>}
      </span>
    </>
  );
}

/** The entries, each with a control that shows its before/after changes below it. */
export function AuditTable({ entries }: { entries: AuditEntryRow[] }) {
  const t = useTranslations("auditLog");
  const words = useAuditWords();
  const columns: Column[] = [
    t("columns.time"),
    t("columns.actor"),
    t("columns.action"),
    t("columns.target"),
    { label: t("columns.details"), visuallyHidden: true },
  ];
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <DataTable columns={columns} label={t("tableLabel")}>
      {entries.map((entry) => {
        const expanded = open.has(entry.id);
        const changesId = `changes-${entry.id}`;
        return (
          <Fragment key={entry.id}>
            <tr className="align-top">
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                <time dateTime={entry.createdAt.toISOString()}>{words.time(entry.createdAt)}</time>
              </td>
              <td className="px-4 py-3">
                {entry.actorEmail}
                {!entry.actorId && <span className="block text-xs text-slate-500">{t("accountDeleted")}</span>}
              </td>
              <td className="px-4 py-3">{words.action(entry.action)}</td>
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
                  {expanded ? t("hideChanges") : t("showChanges")}
                </button>
              </td>
            </tr>
            {expanded && (
              <tr className="bg-slate-50">
                <td colSpan={COLUMN_COUNT} className="px-4 py-3">
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
