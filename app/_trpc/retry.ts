import { TRPCClientError } from "@trpc/client";

/** Retries after the first failure of a query, at most. */
export const MAX_QUERY_RETRIES = 2;

/** The HTTP status of a failed tRPC call: the server's own (its error format keeps it), else the response's. */
function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const fromServer = (error.data as { httpStatus?: unknown } | undefined)?.httpStatus;
  if (typeof fromServer === "number") return fromServer;
  const response = (error.meta as { response?: { status?: unknown } } | undefined)?.response;
  return typeof response?.status === "number" ? response.status : undefined;
}

/**
 * TanStack Query's `retry` for the console's queries. A 4xx answer (not signed in, not allowed, not
 * found, invalid input, too many attempts) will be the same answer again: it is shown at once. A
 * server error or a lost connection may pass, so it is tried again, twice at most.
 * `failureCount` is the number of retries already made (TanStack passes 0 after the first failure).
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}
