import type { VerifyCode } from "../verification/codes";
import { testModeServerCode } from "../verification/test-mode";
import { scenarioInForce } from "./directory";
import type { Runtime } from "./runtime";
import { TOKEN_TTL_MS, decodeToken, openToken } from "./token";
import { countCall } from "./usage";

/**
 * VerifyIntelligentCaptcha: the business server's check of a captchaVerifyParam, for the
 * organization whose access key signed the call. Codes as in Captcha 2.0 (captcha-spec.md 3.5).
 * It reads the token's scenario (cached) and makes one write, shared with other concurrent calls
 * (store.ts): the request's signature nonce and the token are each used once.
 */
export interface ServerVerifyResult {
  VerifyResult: boolean;
  VerifyCode: VerifyCode;
  CertifyId?: string;
}

export type ServerVerifyOutcome = { ok: true; result: ServerVerifyResult } | { ok: false; reason: "nonce-used" };

export async function verifyForServer(
  runtime: Runtime,
  caller: { organizationId: string; nonce: { accessKeyId: string; nonce: string } | null },
  input: { captchaVerifyParam?: unknown; sceneId?: unknown },
  now = new Date(),
): Promise<ServerVerifyOutcome> {
  const decoded = decodeToken(input.captchaVerifyParam);
  const token = decoded.ok ? decoded.token : null;
  const scenario = token ? await runtime.directory.scenario(token.sceneId) : null;
  const claims = token && scenario ? openToken(token.securityToken) : null;
  const genuine = !!(token && scenario && claims && claims.c === token.certifyId && claims.n === token.sceneId && claims.s === scenario.id);
  const ours = scenario?.organizationId === caller.organizationId;

  // Spend the request's nonce, and the token when it can be used at all: one statement.
  const record = await runtime.store.recordServerVerification(
    { nonce: caller.nonce, certifyId: genuine && ours ? token!.certifyId : null },
    now,
  );
  if (!record.nonceFresh) return { ok: false, reason: "nonce-used" };

  const result = (VerifyCode: VerifyCode, VerifyResult = false): ServerVerifyOutcome => ({
    ok: true,
    result: { VerifyResult, VerifyCode, ...(token && { CertifyId: token.certifyId }) },
  });
  if (!decoded.ok) return result(decoded.code);
  if (!scenario) return result("F005");
  // Another organization's scenario: counted for nobody, answered F006.
  if (!ours) return result("F006");
  const counted = (outcome: ServerVerifyOutcome) => {
    if (outcome.ok)
      countCall(
        runtime.sql,
        { scenarioId: scenario.id, organizationId: scenario.organizationId, kind: "verify", code: outcome.result.VerifyCode },
        now,
      );
    return outcome;
  };
  if (typeof input.sceneId === "string" && input.sceneId !== "" && input.sceneId !== token!.sceneId) return counted(result("F012"));
  if (!genuine) return counted(result("F017")); // forged or altered
  if (!record.tokenFresh) return counted(result("F008"));
  if (now.getTime() - claims!.i > TOKEN_TTL_MS) return counted(result("F007"));

  const inForce = scenarioInForce(scenario, now);
  if (inForce.ruleStatus === "TEST_MODE" && inForce.testResult) {
    const code = testModeServerCode(inForce.testResult, claims!.r);
    return counted(result(code, code === "T005"));
  }
  // A token issued in Test Mode but verified after the switch to Official Release: its result stands.
  const code = claims!.r === "T005" ? "T001" : claims!.r;
  return counted(result(code, code.startsWith("T")));
}
