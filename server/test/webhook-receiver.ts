import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
}

/**
 * A real HTTP receiver on loopback for alert webhooks: records every request and answers with the
 * next status of `statuses` (the last one repeats), so a test can make a receiver fail, then heal.
 */
export async function startWebhookReceiver(statuses: number[] = [200]) {
  const received: ReceivedWebhook[] = [];
  const answers = [...statuses];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // Recorded as text.
      }
      received.push({ headers: request.headers, body, json });
      const status = answers.length > 1 ? (answers.shift() as number) : answers[0];
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ received: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/captcha`,
    received,
    /** Later requests get `status`. */
    answer(status: number) {
      answers.splice(0, answers.length, status);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
