import path from "node:path";
import { defineConfig } from "vitest/config";

// Two layers: unit tests (pure rules, *.test.ts; widget/ holds the browser client's pure parts) and integration tests (procedures through the
// tRPC caller against a real database, *.integration.test.ts). See scripts/test-integration.mjs.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{server,app,i18n}/**/*.test.ts", "widget/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{server,app}/**/*.integration.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
