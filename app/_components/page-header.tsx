import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {description && <div className="mt-1 max-w-3xl text-sm text-slate-600">{description}</div>}
      </div>
      {actions && <div className="flex gap-2">{actions}</div>}
    </div>
  );
}

/** For console sections that a later release fills: says so plainly instead of pretending. */
export function NotYetAvailable({ title, what }: { title: string; what: string }) {
  const t = useTranslations("common");
  return (
    <>
      <PageHeader title={title} />
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("notYetAvailable", { what })}</p>
    </>
  );
}
