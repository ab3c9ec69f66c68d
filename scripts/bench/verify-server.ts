// Child process of scripts/bench-verify.ts: seeds an organization with an access key, a Slider
// scenario and TOKENS solved challenges, then serves the verification endpoint on a free port.
// Prints "READY <origin> <tokens file> <AccessKey ID> <secret>" when it can take load.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createAccessKey } from "../../server/access-key/service";
import { postgresAdapter } from "../../server/database/adapters";
import { PrismaClient } from "../../server/generated/prisma/client";
import { issueToken } from "../../server/runtime/token";
import { handleJsonCall, handleRpcCall } from "../../server/runtime/verify-api";
import { createScenario } from "../../server/scenario/service";
import { createOrgWithMember } from "../../server/test/factories";
import { migratedPGlite } from "../../server/test/database";
import { serveFetchHandler } from "../../server/test/http-server";

const TOKENS = Number(process.env.BENCH_TOKENS || 4000);
const url = process.argv[2];
const db = url ? new PrismaClient({ adapter: postgresAdapter(url, { max: 10 }) }) : new PrismaClient({ adapter: new PrismaPGlite(await migratedPGlite()) });

const { organization, user } = await createOrgWithMember(db);
const actor = { userId: user.id, email: user.email };
const key = await createAccessKey(db, actor, organization.id, "bench");
const scenario = await createScenario(db, actor, organization.id, { name: "bench", integrationMethod: "WEB_H5", verificationType: "SLIDER", ruleStatus: "OFFICIAL_RELEASE" });
const { id: scenarioId } = await db.scenario.findUniqueOrThrow({ where: { sceneId: scenario.sceneId } });

// Solved challenges written directly (the bench measures verification, not solving).
const tokens: string[] = [];
const now = new Date();
for (let start = 0; start < TOKENS; start += 1000) {
  const rows = Array.from({ length: Math.min(1000, TOKENS - start) }, (_, i) => {
    const certifyId = `${organization.prefix}_b${String(start + i).padStart(9, "0")}`;
    const { captchaVerifyParam, tokenHash } = issueToken(certifyId, scenario.sceneId);
    tokens.push(captchaVerifyParam);
    return {
      certifyId,
      scenarioId,
      organizationId: organization.id,
      captchaType: "SLIDER" as const,
      answer: { x: 300 },
      status: "PASSED" as const,
      verifyCode: "T001",
      tokenHash,
      passedAt: now,
      expiresAt: new Date(now.getTime() + 20 * 60_000),
    };
  });
  await db.challenge.createMany({ data: rows });
}
const file = path.join(os.tmpdir(), `bench-tokens-${process.pid}.json`);
writeFileSync(file, JSON.stringify({ tokens, sceneId: scenario.sceneId }));

const server = await serveFetchHandler((request) => (new URL(request.url).pathname === "/api/v1/verify" ? handleJsonCall(db, request) : handleRpcCall(db, request)));
console.log(`READY ${server.origin} ${file} ${key.accessKeyId} ${key.accessKeySecret}`);
process.on("SIGTERM", async () => {
  await server.close();
  await db.$disconnect();
  process.exit(0);
});
