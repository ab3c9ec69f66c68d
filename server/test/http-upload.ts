import { request as httpRequest } from "node:http";

/** A streaming HTTP client for the request size limit tests: it shows how much a server read before answering. */
export interface Upload {
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
export function upload(
  url: string,
  {
    total,
    body = Buffer.alloc(0),
    declareLength = false,
    contentType = "application/json",
  }: { total: number; body?: Buffer; declareLength?: boolean; contentType?: string },
) {
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
