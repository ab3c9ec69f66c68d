import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_RETRIES, shouldRetryQuery } from "./retry";

/** A failure as the tRPC client reports an answer of the server's error format (server/trpc/init.ts). */
const answered = (httpStatus: number, code = "ERROR") =>
  TRPCClientError.from({ error: { code: -32000, message: code, data: { code, httpStatus } } });
/** A response that is not tRPC's (a proxy, the body limit), known only by its status. */
const respondedWith = (status: number) => TRPCClientError.from(new Error("Unexpected token"), { meta: { response: { status } } });
const connectionLost = () => TRPCClientError.from(new TypeError("Failed to fetch"));

describe("which failed console queries are tried again", () => {
  it.each([
    [400, "BAD_REQUEST"],
    [401, "UNAUTHORIZED"],
    [403, "FORBIDDEN"],
    [404, "NOT_FOUND"],
    [409, "CONFLICT"],
    [413, "PAYLOAD_TOO_LARGE"],
    [429, "TOO_MANY_REQUESTS"],
  ])("never a %i (%s): the same question gets the same answer", (status, code) => {
    expect(shouldRetryQuery(0, answered(status, code))).toBe(false);
  });

  it.each([400, 413, 499])("never a %i that is not tRPC's own answer", (status) => {
    expect(shouldRetryQuery(0, respondedWith(status))).toBe(false);
  });

  it.each([
    ["a 500", () => answered(500, "INTERNAL_SERVER_ERROR")],
    ["a 503", () => answered(503, "SERVICE_UNAVAILABLE")],
    ["a 502 from a proxy", () => respondedWith(502)],
    ["a lost connection", connectionLost],
    ["an error that is not the tRPC client's", () => new Error("something else")],
  ])("%s, twice at most", (_, failure) => {
    const decisions = [0, 1, 2, 3].map((retriesSoFar) => shouldRetryQuery(retriesSoFar, failure()));
    expect(decisions).toEqual([true, true, false, false]);
    expect(decisions.filter(Boolean)).toHaveLength(MAX_QUERY_RETRIES);
  });
});
