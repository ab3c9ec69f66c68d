import { describe, expect, it } from "vitest";
import { withoutChatter } from "../../scripts/prisma.mjs";

// What `prisma migrate deploy` prints here (Prisma 6.19, prisma.config.ts with a driver adapter).
const DEPLOY_STDOUT = `Prisma schema loaded from prisma/schema.prisma
Datasource "db": PostgreSQL database "postgres", schema "public" using driver adapter "pglite-prisma-adapter"

WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma.config.ts:
- url

The values from your schema will NOT be used!

We recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters.

8 migrations found in prisma/migrations

No pending migrations to apply.
`;
const DEPLOY_STDERR = `Loaded Prisma config from prisma.config.ts.

Prisma config detected, skipping environment variable loading.
`;

describe("the Prisma CLI's output", () => {
  it("loses the notes every run of this setup prints", () => {
    expect(withoutChatter(DEPLOY_STDERR)).toBe("");
    const stdout = withoutChatter(DEPLOY_STDOUT);
    expect(stdout).not.toMatch(/WARNING|Driver Adapter|NOT be used/);
    expect(stdout).toContain("8 migrations found in prisma/migrations\n\nNo pending migrations to apply.\n");
  });

  it("keeps other warnings and every error", () => {
    const otherProperties = DEPLOY_STDOUT.replace("- url\n", "- url\n- directUrl\n");
    expect(withoutChatter(otherProperties)).toBe(otherProperties);
    const failure = "Error: P3009\n\nmigrate found failed migrations in the target database\n";
    expect(withoutChatter(DEPLOY_STDERR + failure)).toBe(failure);
  });
});
