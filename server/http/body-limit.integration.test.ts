import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { uniqueEmail } from "../test/factories";
import { serveFetchHandler } from "../test/http-server";
import { upload, type Upload } from "../test/http-upload";
import { serveRuntime } from "../test/runtime-server";
import { handleTrpcRequest } from "../trpc/http-handler";
import type { AppRouter } from "../trpc/root";
import { CONSOLE_BODY_LIMIT_BYTES } from "./limited-body";

/**
 * The console's endpoints (and the runtime's, with their own smaller limit) refuse oversized bodies
 * over real HTTP, without reading them: by their Content-Length before reading anything, and while
 * streaming a chunked body.
 */
const MiB = 1024 * 1024;
const HUGE = 40 * MiB;

let test: TestDatabase;
let routes: Awaited<ReturnType<typeof serveFetchHandler>>;
let withTestDatabase: Awaited<ReturnType<typeof serveFetchHandler>>;
let runtime: Awaited<ReturnType<typeof serveRuntime>>;

beforeAll(async () => {
  test = await createTestDatabase();
  // The route handlers as Next.js calls them; within the limit they would need Next's request
  // scope (the session cookie), so those requests go to the same tRPC handler on the test database.
  routes = await serveFetchHandler((request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith("/api/auth/")) {
      return nextAuthPost(request, { params: Promise.resolve({ nextauth: pathname.split("/").slice(3) }) });
    }
    return trpcPost(request);
  });
  withTestDatabase = await serveFetchHandler((request) => handleTrpcRequest(request, async () => ({ db: test.db, session: null })));
  runtime = await serveRuntime(test.sql);
});
afterAll(async () => {
  await routes?.close();
  await withTestDatabase?.close();
  await runtime?.close();
  await test?.close();
});

function expectRefusedEarly(result: Upload) {
  expect(result.status).toBe(413);
  expect(result.finishedSending).toBe(false);
  expect(result.sentWhenAnswered).toBeLessThan(HUGE / 2);
}

describe("request size limit on /api/trpc", () => {
  it("answers 413 PAYLOAD_TOO_LARGE to a declared Content-Length over the limit, before the body arrives", async () => {
    const result = await upload(`${routes.origin}/api/trpc/account.signUp`, { total: HUGE, declareLength: true });
    expectRefusedEarly(result);
    const body = JSON.parse(result.body);
    expect(body.error.json.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413, path: "account.signUp" });
    expect(body.error.json.message).toBe("The request is too large: at most 256 KiB.");
  });

  it("stops reading a 40 MB chunked body and answers 413 once past the limit", async () => {
    const result = await upload(`${routes.origin}/api/trpc/account.signUp`, { total: HUGE });
    expectRefusedEarly(result);
    expect(JSON.parse(result.body).error.json.data.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers each call of a batch in the format the tRPC client reads", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${routes.origin}/api/trpc`, transformer: superjson })] });
    const error = await client.account.signUp.mutate({ email: uniqueEmail(), password: "x".repeat(CONSOLE_BODY_LIMIT_BYTES) }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data, message } = error as TRPCClientError<AppRouter>;
    expect(data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    expect(message).toMatch(/too large/);
  });

  it("still serves a body within the limit, chunked or not", async () => {
    for (const declareLength of [false, true]) {
      const email = uniqueEmail();
      const body = Buffer.from(JSON.stringify({ json: { email, password: "long enough password" } }));
      const result = await upload(`${withTestDatabase.origin}/api/trpc/account.signUp`, { total: body.length, body, declareLength });
      expect(result.status, result.body).toBe(200);
      expect(JSON.parse(result.body).result.data.json.email).toBe(email);
    }
  });
});

describe("request size limit on NextAuth's POST /api/auth/*", () => {
  const signIn = () => `${routes.origin}/api/auth/callback/credentials`;
  const form = "application/x-www-form-urlencoded";

  it("answers 413 JSON to a declared Content-Length over the limit, before the body arrives", async () => {
    const result = await upload(signIn(), { total: HUGE, declareLength: true, contentType: form });
    expectRefusedEarly(result);
    expect(JSON.parse(result.body)).toEqual({ error: "PAYLOAD_TOO_LARGE", message: "The request is too large: at most 256 KiB." });
  });

  it("stops reading a 40 MB chunked body and answers 413 once past the limit", async () => {
    const result = await upload(signIn(), { total: HUGE, contentType: form });
    expectRefusedEarly(result);
    expect(JSON.parse(result.body).error).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("request size limit on the runtime's VerifyIntelligentCaptcha API", () => {
  const form = "application/x-www-form-urlencoded";

  for (const declareLength of [true, false]) {
    it(`answers 413 InvalidParameter to a 40 MB ${declareLength ? "declared" : "chunked"} body without reading it`, async () => {
      const result = await upload(`${runtime.origin}/`, { total: HUGE, declareLength, contentType: form });
      expectRefusedEarly(result);
      expect(JSON.parse(result.body)).toMatchObject({ Code: "InvalidParameter", Success: false });
    });
  }
});
