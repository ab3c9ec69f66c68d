import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/chromium";
import {
  CONNECTED_PORT,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_ISSUER,
  OIDC_PORT,
  OUTSIDE_PORT,
  PORT,
  SMTP_PORT,
  SSO_ONLY_PORT,
} from "./e2e/ports";

/**
 * The first app's database, migrated and seeded, copied for the apps started after it (see
 * scripts/e2e-server.mjs). Playwright starts the web servers one after another, each once the one
 * before answers. Relative to the project folder, where the servers run.
 */
const SEEDED_DATABASE = `.e2e-data/${PORT}-seeded`;

/** An instance of the app under test on `port`, with a fresh embedded database and the given settings. */
function app(port: number, env: Record<string, string>) {
  return {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: { PORT: String(port), ...env },
  };
}

// --- Single sign-on (issue 14): the connected app and the OIDC_ONLY app sign in at the test
// OpenID Connect provider that scripts/e2e-outside.mjs runs on OIDC_PORT. ---
const OIDC_SETTINGS = {
  OIDC_ISSUER,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_DISPLAY_NAME: "Test SSO",
};
const OIDC_REDIRECT_URIS = [CONNECTED_PORT, SSO_ONLY_PORT].map((port) => `http://127.0.0.1:${port}/api/auth/callback/oidc`).join(",");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // A `test.only` left in a spec would quietly skip every other test in CI.
  forbidOnly: !!process.env.CI,
  workers: 2,
  // A person's pace is replayed in real time (human-motion playback), and two workers with four
  // app servers share two cores in CI: a runtime test with two solves can need more than a minute.
  retries: process.env.CI ? 2 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // The production build on fresh embedded databases (scripts/e2e-server.mjs), and the outside
  // services it talks to (scripts/e2e-outside.mjs). Ports from E2E_PORT (see e2e/ports.ts):
  // the app on PORT; the outside services' API on PORT+2 and SMTP on PORT+3; a second app on
  // PORT+4 "connected" to them (email configured), for the tests of what email changes.
  // Single sign-on: the OpenID Connect provider on PORT+6 (the connected app uses it) and an
  // OIDC_ONLY app on PORT+8.
  webServer: [
    app(PORT, { E2E_DATABASE_SAVE_AS: SEEDED_DATABASE }),
    {
      command: "node scripts/e2e-outside.mjs",
      url: `http://127.0.0.1:${OUTSIDE_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(OUTSIDE_PORT),
        SMTP_PORT: String(SMTP_PORT),
        // Single sign-on (issue 14): the OpenID Connect provider and its one client, the apps.
        OIDC_PORT: String(OIDC_PORT),
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_REDIRECT_URIS,
      },
    },
    app(CONNECTED_PORT, {
      E2E_DATABASE_FROM: SEEDED_DATABASE,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(SMTP_PORT),
      SMTP_SECURE: "false",
      // Single sign-on (issue 14).
      ...OIDC_SETTINGS,
    }),
    // --- Single sign-on (issue 14): a third app on PORT+8 that offers single sign-on alone. ---
    app(SSO_ONLY_PORT, { E2E_DATABASE_FROM: SEEDED_DATABASE, ...OIDC_SETTINGS, OIDC_ONLY: "true" }),
  ],
});
