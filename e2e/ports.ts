/**
 * Where the end-to-end tests find what playwright.config.ts starts, all from E2E_PORT (so two runs
 * on different E2E_PORTs never meet). PORT+1 and CONNECTED_PORT+1 are the apps' test-only answer
 * listeners (scripts/e2e-server.mjs).
 */
export const PORT = Number(process.env.E2E_PORT || 3100);
/** The outside services' HTTP API (scripts/e2e-outside.mjs). */
export const OUTSIDE_PORT = PORT + 2;
/** The real SMTP server the connected app sends to. */
export const SMTP_PORT = PORT + 3;
/** A second instance of the app with email configured. */
export const CONNECTED_PORT = PORT + 4;
export const CONNECTED_URL = `http://127.0.0.1:${CONNECTED_PORT}`;

// --- Single sign-on (issue 14) ---
/**
 * The test OpenID Connect provider (scripts/e2e-outside.mjs); its issuer is OIDC_ISSUER.
 * E2E_OIDC_PORT moves it where PORT+6 is taken by something else (3306 is MySQL's port).
 */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT || PORT + 6);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "captcha-console";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-not-for-production";
/** A third instance of the app with OIDC_ONLY=true (its answer listener is on PORT+9). */
export const SSO_ONLY_PORT = PORT + 8;
export const SSO_ONLY_URL = `http://127.0.0.1:${SSO_ONLY_PORT}`;
