import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/** An account at the test provider: its login name, and the email claims it hands out. */
export interface ProviderAccount {
  username: string;
  subject: string;
  email: string;
  emailVerified: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function formField(request: http.IncomingMessage, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString()).get(name) ?? "";
}

/**
 * A real OpenID Connect provider on loopback (the certified `oidc-provider` package) for the tests
 * of single sign-on: discovery, authorization code with PKCE, signed ID tokens. Its accounts are
 * the ones a test adds, each with the email and email_verified it chooses, and a person signs in
 * on a small labelled form by login name (no password: the tests are what they prove).
 */
export async function startIdentityProvider({
  port,
  clientId,
  clientSecret,
  redirectUris,
}: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}) {
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, ProviderAccount>();
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", use: "sig", alg: "RS256" } as never] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    // Put the email claims in the ID token, as the big providers do; the app reads them there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The app is the only client, a first-party one: no consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, subject) {
      const account = [...accounts.values()].find((candidate) => candidate.subject === subject);
      if (!account) return undefined;
      return { accountId: subject, claims: async () => ({ sub: subject, email: account.email, email_verified: account.emailVerified }) };
    },
  });
  const handleProvider = provider.callback();

  async function interaction(request: http.IncomingMessage, response: http.ServerResponse) {
    const details = await provider.interactionDetails(request, response);
    if (request.method === "POST") {
      const username = await formField(request, "username");
      const account = accounts.get(username);
      if (!account) return loginPage(response, details.uid, `No account "${username}" at this provider.`);
      await provider.interactionFinished(request, response, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
      return;
    }
    loginPage(response, details.uid);
  }

  function loginPage(response: http.ServerResponse, uid: string, error?: string) {
    response.writeHead(error ? 400 : 200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Test identity provider</title></head><body><main>
<h1>Test identity provider</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="username">Username</label> <input id="username" name="username" autocomplete="off" required>
<button type="submit">Continue</button>
</form></main></body></html>`);
  }

  const server = http.createServer((request, response) => {
    if (request.url?.startsWith("/interaction/")) {
      interaction(request, response).catch((error: Error) => {
        response.writeHead(400, { "content-type": "text/plain" });
        response.end(`Interaction failed: ${error.message}`);
      });
      return;
    }
    handleProvider(request, response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    issuer,
    /** Adds an account that can sign in by `username`; its subject is new and random. */
    addAccount(account: { username: string; email: string; emailVerified: boolean }): ProviderAccount {
      const added = { ...account, subject: `sub-${randomBytes(8).toString("hex")}` };
      accounts.set(account.username, added);
      return added;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
