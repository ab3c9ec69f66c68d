import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./limited-body";

const KiB = 1024;

/** A body that counts how many chunks were pulled from it, producing `chunks` of 1 KiB. */
function countingBody(chunks: number) {
  const counter = { pulls: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulls++;
        if (counter.pulls > chunks) controller.close();
        else controller.enqueue(new Uint8Array(KiB).fill(97));
      },
    },
    { highWaterMark: 0 }, // pulled only when read, so the count is what the reader asked for
  );
  return { stream, counter };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("answers no body for a request without one", async () => {
    expect(await readLimitedBody(new Request("http://localhost/x"), KiB)).toEqual({ ok: true, body: null });
  });

  it("reads a body up to and including the limit", async () => {
    const result = await readLimitedBody(post("é".repeat(512)), KiB); // 1024 bytes in UTF-8
    expect(result.ok && Buffer.from(result.body!).toString()).toBe("é".repeat(512));
  });

  it("refuses one byte past the limit", async () => {
    expect(await readLimitedBody(post("x".repeat(KiB + 1)), KiB)).toEqual({ ok: false });
  });

  it("refuses a declared length over the limit without reading any of the body", async () => {
    const { stream, counter } = countingBody(100);
    expect(await readLimitedBody(post(stream, { "content-length": String(100 * KiB) }), 10 * KiB)).toEqual({ ok: false });
    expect(counter.pulls).toBe(0);
  });

  it("stops reading an undeclared (chunked) body at the first chunk past the limit", async () => {
    const { stream, counter } = countingBody(Number.POSITIVE_INFINITY);
    expect(await readLimitedBody(post(stream), 10 * KiB)).toEqual({ ok: false });
    expect(counter.pulls).toBe(11);
  });

  it("stops reading a body longer than its declared length", async () => {
    const { stream, counter } = countingBody(Number.POSITIVE_INFINITY);
    expect(await readLimitedBody(post(stream, { "content-length": "5" }), 10 * KiB)).toEqual({ ok: false });
    expect(counter.pulls).toBe(11);
  });

  it("ignores a malformed Content-Length and counts what arrives", async () => {
    const { stream } = countingBody(3);
    const result = await readLimitedBody(post(stream, { "content-length": "lots" }), 10 * KiB);
    expect(result.ok && result.body?.byteLength).toBe(3 * KiB);
  });
});
