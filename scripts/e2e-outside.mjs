#!/usr/bin/env node
// The outside services the end-to-end tests talk to, started by Playwright before the tests (see
// playwright.config.ts): a real SMTP server on loopback that the "connected" app sends its email
// to, and a small HTTP API on PORT where a test reads what arrived (GET /mail?to=<address>);
// and an OpenID Connect provider for single sign-on (below).
import http from "node:http";

const port = Number(process.env.PORT || 3102);
const smtpPort = Number(process.env.SMTP_PORT || port + 1);

const { register } = await import("tsx/esm/api");
register();
const { startMailbox } = await import("../server/test/mailbox.ts");
const mailbox = await startMailbox(smtpPort);

// --- Single sign-on (issue 14): a real OpenID Connect provider on OIDC_PORT, whose accounts the
// tests add through POST /sso/accounts {username, email, emailVerified}. ---
const oidcPort = Number(process.env.OIDC_PORT || port + 4);
const { startIdentityProvider } = await import("../server/test/identity-provider.ts");
const identityProvider = await startIdentityProvider({
  port: oidcPort,
  clientId: process.env.OIDC_CLIENT_ID ?? "captcha-console",
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? "",
  redirectUris: (process.env.OIDC_REDIRECT_URIS ?? "").split(",").filter(Boolean),
});

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString() || "{}");
}

http
  .createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/sso/accounts" && request.method === "POST") {
      const { username, email, emailVerified } = await readJson(request);
      const account = identityProvider.addAccount({
        username: String(username),
        email: String(email),
        emailVerified: emailVerified === true,
      });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(account));
      return;
    }
    if (url.pathname === "/mail") {
      const address = url.searchParams.get("to") ?? "";
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(mailbox.to(address)));
      return;
    }
    response.writeHead(url.pathname === "/health" ? 200 : 404, { "content-type": "text/plain" });
    response.end(url.pathname === "/health" ? "ok" : "not found");
  })
  .listen(port, "127.0.0.1", () =>
    console.log(`e2e outside services: mail API on ${port}, SMTP on ${smtpPort}, OpenID provider ${identityProvider.issuer}`),
  );
