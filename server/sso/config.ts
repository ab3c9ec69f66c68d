/**
 * Single sign-on's settings, read from the environment. OpenID Connect is on when the issuer,
 * client id and client secret are all set; OIDC_ONLY turns password sign-in and sign-up off.
 */
export interface OidcConfig {
  /** The issuer's URL without a trailing slash, exactly as its discovery document names it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the console calls the provider: "Sign in with {displayName}". */
  displayName: string;
}

/** NextAuth's id for the provider: it is also the last part of the redirect URI, /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

type Env = Record<string, string | undefined>;

export function oidcConfig(env: Env = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, displayName: env.OIDC_DISPLAY_NAME?.trim() || "SSO" };
}

/** Password sign-in and sign-up are off: OIDC_ONLY=true (or 1). */
export function oidcOnly(env: Env = process.env): boolean {
  return /^(true|1)$/i.test(env.OIDC_ONLY?.trim() ?? "");
}

/** What the sign-in pages need to know, safe to hand to the browser (no secret). */
export interface SignInOptions {
  /** The provider's display name, or null when single sign-on is not configured. */
  sso: string | null;
  /** Whether the email and password form (and sign-up) is offered. */
  password: boolean;
}

export function signInOptions(env: Env = process.env): SignInOptions {
  const config = oidcConfig(env);
  return { sso: config?.displayName ?? null, password: !oidcOnly(env) };
}
