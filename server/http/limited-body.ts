/**
 * Reading a request body with a size limit, for the console's endpoints (tRPC and NextAuth), which
 * anyone can reach before signing in.
 *
 * 256 KiB: the largest request the console itself sends is a batch of a few forms, each well under
 * 4 KiB (names of 64 characters, a URL of 255, limits as numbers), so 256 KiB leaves ample room for
 * batching while capping what one anonymous request can make the server buffer and parse.
 */
export const CONSOLE_BODY_LIMIT_BYTES = 256 * 1024;

export const bodyTooLargeMessage = (limitBytes: number) => `The request is too large: at most ${Math.floor(limitBytes / 1024)} KiB.`;

/**
 * Headers for the answer to an oversized request: the rest of its body is left unread, so the
 * connection cannot carry another request and is closed once the answer is out.
 */
export const TOO_LARGE_HEADERS = { connection: "close" } as const;

export type LimitedBody = { ok: true; body: Uint8Array<ArrayBuffer> | null } | { ok: false };

const TOO_LARGE: LimitedBody = { ok: false };

/**
 * The whole body, or `{ ok: false }` as soon as it is known to exceed `limitBytes`: from its
 * Content-Length before reading anything, otherwise (chunked, or a length that lies) while
 * reading, stopping at the first chunk past the limit.
 *
 * The rest is left unread rather than cancelled: cancelling destroys Node's incoming request and
 * with it the socket, so the client would get a reset instead of the 413.
 */
export async function readLimitedBody(request: Request, limitBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limitBytes) return TOO_LARGE;
  if (!request.body) return { ok: true, body: null };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      reader.releaseLock();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

/** `request` again, with its body replaced by the buffered one (the original can be read once only). */
export function withBufferedBody(request: Request, body: Uint8Array<ArrayBuffer> | null): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
