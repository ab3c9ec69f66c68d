import { useTranslations } from "next-intl";
import { Button } from "./button";

/**
 * The bar under a paged list: how many there are, which page this is, Previous and Next. Nothing
 * when the list is empty.
 */
export function Pagination({
  total,
  page,
  pageSize,
  noun,
  onPage,
}: {
  total: number;
  page: number;
  pageSize: number;
  /** What is counted, one and many: ["scenario", "scenarios"] (in Chinese with its measure word: "个场景"). */
  noun: readonly [string, string];
  onPage: (page: number) => void;
}) {
  const t = useTranslations("common.pagination");
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t("label")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{t("summary", { count: total, noun: total === 1 ? noun[0] : noun[1], page, pages })}</span>
      <span className="flex gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("previous")}
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("next")}
        </Button>
      </span>
    </nav>
  );
}
