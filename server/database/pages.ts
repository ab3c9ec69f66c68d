/** Which page of a list a console view asks for (validated by each domain's list input). */
export interface PageInput {
  page: number;
  pageSize: number;
}

/** Newest first. Timestamps have millisecond precision and can tie: the id keeps the order stable across pages. */
type NewestFirst = { orderBy: ({ createdAt: "desc" } | { id: "desc" })[]; skip: number; take: number };

/**
 * One page of a list, newest first, with how many there are in all. `count` and `find` apply the
 * caller's filter; `find` spreads the order and the page's bounds into its findMany.
 */
export async function newestFirstPage<Row>(input: PageInput, count: () => Promise<number>, find: (page: NewestFirst) => Promise<Row[]>) {
  const [total, items] = await Promise.all([
    count(),
    find({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}
