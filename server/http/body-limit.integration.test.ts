import { request as httpRequest } from "node:http";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { createTestDatabase, type TestDatabase } from "../test/database";
import { uniqueEmail } from "../test/factories";
import { serveFetchHandler } from "../test/http-server";
import { handleTrpcRequest } from "../trpc/http-handler";
import type { AppRouter } from "../trpc/root";
import { CONSOLE_BODY_LIMIT_BYTES } from "./limited-body";

/**
 * The console's endpoints refuse oversized bodies over real HTTP, without reading them: by their
 * Content-Length before reading anything, and while streaming a chunked body.
 */
const MiB = 1024 * 1024;
const HUGE = 40 * MiB;

let test: TestDatabase;
let routes: Awaited<ReturnType<typeof serveFetchHandler>>;
let withTestDatabase: Awaited<ReturnType<typeof serveFetchHandler>>;

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
});
afterAll(async () => {
  await routes?.close();
  await withTestDatabase?.close();
  await test?.close();
});

interface Upload {
  status: number;
  body: string;
  /** Bytes handed to the socket when the answer arrived. */
  sentWhenAnswered: number;
  /** Whether the whole body went out. */
  finishedSending: boolean;
}

/**
 * POSTs `total` bytes (`body` first, then filler) in 64 KiB chunks, only as fast as the server
 * takes them, until the server answers or the connection closes. Without `declareLength` the body
 * is sent chunked.
 */
function upload(url: string, { total, body = Buffer.alloc(0), declareLength = false, contentType = "application/json" }: { total: number; body?: Buffer; declareLength?: boolean; contentType?: string }) {
  return new Promise<Upload>((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": contentType };
    if (declareLength) headers["content-length"] = String(total);
    // A connection of its own (no keep-alive pool), so that closing it after the answer affects no other request.
    const request = httpRequest(url, { method: "POST", headers, agent: false });
    let sent = 0;
    let answered = false;
    let closed = false;
    let finishedSending = false;
    let wakeUp = () => {};
    request.on("response", (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      wakeUp();
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString(), sentWhenAnswered, finishedSending });
        request.destroy();
      });
      response.on("error", reject);
    });
    request.on("error", (error) => {
      closed = true;
      wakeUp();
      if (!answered) reject(error);
    });
    request.on("drain", () => wakeUp());
    (async () => {
      const filler = Buffer.alloc(64 * 1024, "a");
      let pending = body.subarray(0, total);
      while (sent < total && !answered && !closed) {
        const chunk = pending.length > 0 ? pending : filler.subarray(0, Math.min(filler.length, total - sent));
        pending = Buffer.alloc(0);
        const mayContinue = request.write(chunk);
        sent += chunk.length;
        if (!mayContinue) await new Promise<void>((resume) => (wakeUp = resume));
      }
      if (sent >= total && !answered && !closed) {
        finishedSending = true;
        request.end();
      }
    })().catch(reject);
  });
}

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
    const error = await client.account.signUp
      .mutate({ email: uniqueEmail(), password: "x".repeat(CONSOLE_BODY_LIMIT_BYTES) })
      .then(() => undefined, (caught: unknown) => caught);
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
