#!/usr/bin/env node
// The outside services the end-to-end tests talk to, started by Playwright before the tests (see
// playwright.config.ts): a real SMTP server on loopback that the "connected" app sends its email
// to, and a small HTTP API on PORT where a test reads what arrived (GET /mail?to=<address>).
import http from "node:http";

const port = Number(process.env.PORT || 3102);
const smtpPort = Number(process.env.SMTP_PORT || port + 1);

const { register } = await import("tsx/esm/api");
register();
const { startMailbox } = await import("../server/test/mailbox.ts");
const mailbox = await startMailbox(smtpPort);

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/mail") {
      const address = url.searchParams.get("to") ?? "";
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(mailbox.to(address)));
      return;
    }
    response.writeHead(url.pathname === "/health" ? 200 : 404, { "content-type": "text/plain" });
    response.end(url.pathname === "/health" ? "ok" : "not found");
  })
  .listen(port, "127.0.0.1", () => console.log(`e2e outside services: mail API on ${port}, SMTP on ${smtpPort}`));
