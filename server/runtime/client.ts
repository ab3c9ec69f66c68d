import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_POLICY } from "../policy/rules";
import { policyInForce } from "../policy/service";
import { TEST_RESULTS, type TestResult, type VerificationType } from "../scenario/rules";
import { scenarioRuleInForce } from "../scenario/service";
import { pruneChallenges, recentVerifications } from "./challenge-history";
import { createChallenge, judge, signalsSchema, submittedAnswerSchema } from "./challenges";
import { policyBlock } from "./policy-checks";
import { issueToken } from "./token";
import { countCall } from "./usage";

/**
 * The two calls the widget makes: initialization (a challenge for a scenario) and the client's
 * verification of the person's answer, which on success hands the page a captchaVerifyParam.
 */
export const INIT_RECORD_TTL_MS = 20 * 60_000;

export const initInput = z.object({
  prefix: z.string().trim().min(1).max(32),
  sceneId: z.string().trim().min(1).max(32),
  pageUrl: z.string().max(2048).optional(),
  /** The widget's random id for this browser (its storage), for the device frequency limits. */
  deviceId: z.string().trim().min(8).max(64).optional(),
});

export const clientVerifyInput = z.object({
  certifyId: z.string().trim().min(1).max(64),
  answer: submittedAnswerSchema,
  signals: signalsSchema,
  v2: z.boolean().optional(),
});

export type InitResult =
  | { ok: true; certifyId: string; captchaType: VerificationType; challenge: Record<string, unknown> }
  | { ok: false; code: "IllegalUserTag" | "IllegalScene"; message: string };

export const requestId = () => randomBytes(16).toString("hex").toUpperCase().replace(/(.{8})(.{4})(.{4})(.{4})(.{12})/, "$1-$2-$3-$4-$5");
/** Like Alibaba's CertifyIds: the prefix, an underscore and 10 letters and digits. */
const newCertifyId = (prefix: string) => `${prefix}_${randomBytes(8).toString("base64url").replace(/[-_]/g, "x").slice(0, 10)}`;

export async function initializeChallenge(db: Db, input: z.infer<typeof initInput>, clientAddress: string, now = new Date()): Promise<InitResult> {
  const organization = await db.organization.findUnique({ where: { prefix: input.prefix.toLowerCase() }, select: { id: true } });
  if (!organization) return { ok: false, code: "IllegalUserTag", message: "Bad request. The identity prefix is invalid." };
  const scenario = await db.scenario.findFirst({
    where: { sceneId: input.sceneId, organizationId: organization.id },
    select: { id: true, verificationType: true },
  });
  if (!scenario) return { ok: false, code: "IllegalScene", message: "Bad request. The scene is invalid." };

  const { publicChallenge, answer } = createChallenge(scenario.verificationType);
  const certifyId = newCertifyId(input.prefix.toLowerCase());
  await db.challenge.create({
    data: {
      certifyId,
      scenarioId: scenario.id,
      organizationId: organization.id,
      captchaType: scenario.verificationType,
      answer,
      pageUrl: input.pageUrl ?? null,
      clientAddress,
      deviceId: input.deviceId ?? null,
      expiresAt: new Date(now.getTime() + INIT_RECORD_TTL_MS),
    },
  });
  countCall(db, { scenarioId: scenario.id, organizationId: organization.id, kind: "init", code: "Success" }, now);
  await pruneChallenges(db, now);
  return { ok: true, certifyId, captchaType: scenario.verificationType, challenge: publicChallenge };
}

export interface ClientVerifyResult {
  verifyResult: boolean;
  verifyCode: string;
  certifyId: string;
  captchaVerifyParam?: string;
  /** The invisible check failed: show this additional challenge, then verify again. */
  next?: { captchaType: VerificationType; challenge: Record<string, unknown> };
}

type Stage = { additional?: boolean; x?: number };

/** What Test Mode answers at a given stage (no risk checks, only the configured result). */
function testModeVerdict(testResult: TestResult, stage: "first" | "additional"): { passes: boolean; needsChallenge: boolean } {
  if (stage === "first" && (testResult === "FAIL_INVISIBLE_PASS_CHALLENGE" || testResult === "FAIL_INVISIBLE_AND_CHALLENGE")) {
    return { passes: false, needsChallenge: true };
  }
  return { passes: TEST_RESULTS[testResult].passes, needsChallenge: false };
}

/** What the verification request itself tells about the browser (its headers). */
export interface ClientRequest {
  userAgent?: string;
}

export async function verifyOnClient(
  db: Db,
  input: z.infer<typeof clientVerifyInput>,
  now = new Date(),
  client: ClientRequest = {},
): Promise<ClientVerifyResult> {
  const challenge = await db.challenge.findUnique({
    where: { certifyId: input.certifyId },
    include: { scenario: { select: { sceneId: true, additionalChallenge: true } } },
  });
  const base = { certifyId: input.certifyId };
  if (!challenge || challenge.expiresAt <= now) return { ...base, verifyResult: false, verifyCode: "F014" };
  const count = (code: string) =>
    countCall(db, { scenarioId: challenge.scenarioId, organizationId: challenge.organizationId, kind: "verify", code }, now);
  if (challenge.status !== "PENDING") {
    await count("F017");
    return { ...base, verifyResult: false, verifyCode: "F017" }; // a finished challenge answered again
  }

  const stage = challenge.answer as Stage;
  const rule = await scenarioRuleInForce(db, challenge.scenario.sceneId, now);
  let passes: boolean;
  let code: string;
  let nextType: VerificationType | null = null;

  if (rule?.ruleStatus === "TEST_MODE" && rule.testResult) {
    const verdict = testModeVerdict(rule.testResult, stage.additional ? "additional" : "first");
    passes = verdict.passes;
    code = passes ? "T005" : "F004";
    if (verdict.needsChallenge && challenge.captchaType === "INVISIBLE") nextType = challenge.scenario.additionalChallenge;
  } else {
    const policy = await policyInForce(db, challenge.scenario.sceneId, now);
    const settings = policy?.settings ?? DEFAULT_POLICY;
    const recent = await recentVerifications(db, challenge, now);
    const blocked = policyBlock(settings, { pageUrl: challenge.pageUrl, userAgent: client.userAgent ?? "", signals: input.signals, recent });
    const verdict = blocked ?? judge(challenge.captchaType, stage, input.answer, input.signals, settings.mode);
    passes = verdict === "pass";
    code = passes ? "T001" : verdict;
    // Only the background check's own doubt leads to the additional challenge; a policy block is final.
    if (!passes && challenge.captchaType === "INVISIBLE" && verdict === "F001") nextType = challenge.scenario.additionalChallenge;
  }

  if (nextType) {
    // The invisible check failed: the same initialization record moves on to the additional challenge.
    const { publicChallenge, answer } = createChallenge(nextType);
    await db.challenge.updateMany({
      where: { id: challenge.id, status: "PENDING" },
      data: { captchaType: nextType, answer: { ...answer, additional: true } as Prisma.InputJsonValue, attempts: { increment: 1 } },
    });
    await count(code);
    return { ...base, verifyResult: false, verifyCode: code, next: { captchaType: nextType, challenge: publicChallenge } };
  }

  // V3 hands out a token only on success; V2 always does, and the business server's call decides.
  const token = passes || input.v2 ? issueToken(challenge.certifyId, challenge.scenario.sceneId) : null;
  const { count: updated } = await db.challenge.updateMany({
    where: { id: challenge.id, status: "PENDING" },
    data: {
      status: passes ? "PASSED" : "FAILED",
      verifyCode: code,
      attempts: { increment: 1 },
      passedAt: passes ? now : null,
      tokenHash: token?.tokenHash ?? null,
    },
  });
  if (updated === 0) return { ...base, verifyResult: false, verifyCode: "F017" }; // answered twice at once
  await count(code);
  return { ...base, verifyResult: passes, verifyCode: code, captchaVerifyParam: token?.captchaVerifyParam };
}
