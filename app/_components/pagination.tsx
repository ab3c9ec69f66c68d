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
  /** What is counted, one and many: ["scenario", "scenarios"]. */
  noun: readonly [string, string];
  onPage: (page: number) => void;
}) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>
        {total} {total === 1 ? noun[0] : noun[1]} · Page {page} of {pages}
      </span>
      <span className="flex gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </span>
    </nav>
  );
}
