import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { startSession } from "../auth/sessions";
import type { Db } from "../db";
import { clientAddress } from "../http/client-address";
import { OIDC_PROVIDER_ID, type OidcConfig } from "./config";
import { linkedAccount, resolveSsoSignIn } from "./service";

/** The ID token's claims that single sign-on reads. */
type IdTokenClaims = Profile & { iss?: string; sub?: string; email?: unknown; email_verified?: unknown };

/**
 * The OpenID Connect provider for NextAuth: endpoints from the issuer's discovery document,
 * authorization code flow with PKCE, state and nonce, and the person's claims from the ID token
 * (checked by openid-client: signature, issuer, audience, nonce, expiry).
 */
export function oidcProvider(config: OidcConfig): OAuthConfig<IdTokenClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.displayName,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    // NextAuth needs an id here; the account it stands for is decided in the signIn callback.
    profile: (claims) => ({ id: String(claims.sub ?? ""), email: typeof claims.email === "string" ? claims.email : null }),
  };
}

/** The issuer as the ID token names it (openid-client checked it against the discovery document). */
const issuerOf = (config: OidcConfig, claims: IdTokenClaims | undefined) => (typeof claims?.iss === "string" ? claims.iss : config.issuer);

/** NextAuth's signIn callback for single sign-on: true, or where to send a refused sign-in. */
export async function resolveOidcSignIn(db: Db, config: OidcConfig, claims: IdTokenClaims | undefined): Promise<true | string> {
  if (!claims?.sub) return "/sign-in?error=OAuthCallback";
  const outcome = await resolveSsoSignIn(db, {
    issuer: issuerOf(config, claims),
    subject: claims.sub,
    email: claims.email,
    emailVerified: claims.email_verified,
  });
  return outcome.ok ? true : `/sign-in?error=${outcome.reason}`;
}

/**
 * The token of a single sign-on that the signIn callback allowed: it names the linked account and
 * a new UserSession row started with "oidc", so the session ends on the server like any other.
 */
export async function oidcSessionStart(db: Db, config: OidcConfig, claims: IdTokenClaims | undefined) {
  const user = claims?.sub ? await linkedAccount(db, issuerOf(config, claims), claims.sub) : null;
  // The signIn callback has just linked or created it; only a deletion in between gets here.
  if (!user) throw new Error("The account of this single sign-on no longer exists.");
  // The sign-in's request (the provider's redirect back to /api/auth/callback/oidc).
  const { headers } = await import("next/headers");
  const request = await headers();
  const sessionId = await startSession(
    db,
    user.id,
    { userAgent: request.get("user-agent") ?? "", address: clientAddress(request) },
    "oidc",
  );
  return { sub: user.id, email: user.email, sessionId, signInMethod: "oidc" as const };
}
