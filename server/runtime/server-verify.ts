import type { Db } from "../db";
import { TEST_RESULTS, ruleInForce } from "../scenario/rules";
import { decodeToken, hashSecurityToken } from "./token";
import { countCall } from "./usage";

/**
 * VerifyIntelligentCaptcha: the business server's check of a captchaVerifyParam, for the
 * organization that signed the call. Codes as in Captcha 2.0 (captcha-spec.md 3.5).
 */
export const TOKEN_TTL_MS = 10 * 60_000;

export interface ServerVerifyResult {
  VerifyResult: boolean;
  VerifyCode: string;
  CertifyId?: string;
}

const scenarioFields = {
  id: true,
  sceneId: true,
  organizationId: true,
  ruleStatus: true,
  testResult: true,
  pendingFromTestResult: true,
  ruleEffectiveAt: true,
} as const;

export async function verifyForServer(
  db: Db,
  organizationId: string,
  input: { captchaVerifyParam?: unknown; sceneId?: unknown },
  now = new Date(),
): Promise<ServerVerifyResult> {
  const decoded = decodeToken(input.captchaVerifyParam);
  if (!decoded.ok) return { VerifyResult: false, VerifyCode: decoded.code };
  const { token } = decoded;
  const fail = (VerifyCode: string): ServerVerifyResult => ({ VerifyResult: false, VerifyCode, CertifyId: token.certifyId });

  // The usual case in one query: the token's challenge with its scenario. Only when that does not
  // match the token is the scenario looked up on its own, to tell F005, F006 and F014 apart.
  const challenge = await db.challenge.findUnique({
    where: { certifyId: token.certifyId },
    select: { id: true, tokenHash: true, tokenUsedAt: true, passedAt: true, verifyCode: true, status: true, createdAt: true, scenario: { select: scenarioFields } },
  });
  const scenario =
    challenge?.scenario.sceneId === token.sceneId
      ? challenge.scenario
      : await db.scenario.findUnique({ where: { sceneId: token.sceneId }, select: scenarioFields });
  if (!scenario) return fail("F005");
  // Another organization's scenario: counted for nobody, answered F006.
  if (scenario.organizationId !== organizationId) return fail("F006");
  const finish = async (result: ServerVerifyResult) => {
    await countCall(db, { scenarioId: scenario.id, organizationId: scenario.organizationId, kind: "verify", code: result.VerifyCode }, now);
    return result;
  };
  if (typeof input.sceneId === "string" && input.sceneId !== "" && input.sceneId !== token.sceneId) return finish(fail("F012"));

  if (!challenge) return finish(fail("F014"));
  if (challenge.scenario.id !== scenario.id || !challenge.tokenHash || challenge.tokenHash !== hashSecurityToken(token.securityToken)) {
    return finish(fail("F017")); // forged or altered token
  }
  if (challenge.tokenUsedAt) return finish(fail("F008"));
  // Single use: only the first call that marks the token used goes on.
  const { count: claimed } = await db.challenge.updateMany({ where: { id: challenge.id, tokenUsedAt: null }, data: { tokenUsedAt: now } });
  if (claimed === 0) return finish(fail("F008"));
  const issuedAt = challenge.passedAt ?? challenge.createdAt;
  if (now.getTime() - issuedAt.getTime() > TOKEN_TTL_MS) return finish(fail("F007"));

  const rule = ruleInForce(scenario, now);
  if (rule.ruleStatus === "TEST_MODE" && rule.testResult) {
    const passes = TEST_RESULTS[rule.testResult].passes && challenge.verifyCode !== "F004";
    return finish({ VerifyResult: passes, VerifyCode: passes ? "T005" : "F004", CertifyId: token.certifyId });
  }
  const passed = challenge.status === "PASSED";
  const code = passed ? (challenge.verifyCode === "T005" ? "T001" : (challenge.verifyCode ?? "T001")) : (challenge.verifyCode ?? "F015");
  return finish({ VerifyResult: passed, VerifyCode: code, CertifyId: token.certifyId });
}
