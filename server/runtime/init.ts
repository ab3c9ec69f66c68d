import type { PolicyMode } from "../policy/rules";
import type { VerificationType } from "../scenario/rules";
import { challengeContent } from "./challenge-content";
import { newCertifyId, sealState } from "./challenge-state";
import { deviceFrom, type Device } from "./device";
import { scenarioInForce, type ScenarioRecord } from "./directory";
import { issuePow, type PowPuzzle } from "./pow";
import type { InitRequest } from "./protocol";
import type { Runtime } from "./runtime";
import { countCall } from "./usage";

/**
 * Initialization: a new challenge for (identity prefix, Scene ID). It reads the scenario (cached)
 * and writes nothing: the answer and the proof of work's numbers travel sealed with the
 * challenge (challenge-state.ts). Test Mode asks for almost no work: it checks connectivity only.
 */
const TEST_MODE_POW = { count: 1, max: 1_000 };

export interface IssuedChallenge {
  captchaType: VerificationType;
  challenge: Record<string, unknown>;
  pow: PowPuzzle;
  state: string;
}

export type InitAnswer =
  | ({ ok: true; certifyId: string; deviceToken: string } & IssuedChallenge)
  | { ok: false; code: "IllegalUserTag" | "IllegalScene"; message: string };

export async function initialize(runtime: Runtime, input: InitRequest, clientAddress: string, now = new Date()): Promise<InitAnswer> {
  const prefix = input.prefix.toLowerCase();
  const organizationId = await runtime.directory.organizationByPrefix(prefix);
  if (!organizationId) return { ok: false, code: "IllegalUserTag", message: "Bad request. The identity prefix is invalid." };
  const scenario = await runtime.directory.scenario(input.sceneId);
  if (!scenario || scenario.organizationId !== organizationId)
    return { ok: false, code: "IllegalScene", message: "Bad request. The scene is invalid." };

  const device = deviceFrom(input.deviceToken);
  const certifyId = newCertifyId(prefix);
  const type = scenario.verificationType;
  const issued = await issueChallenge(runtime, { scenario, certifyId, type, clientAddress, device, pageUrl: input.pageUrl, now });
  countCall(runtime.sql, { scenarioId: scenario.id, organizationId, kind: "init", code: "Success" }, now);
  return { ok: true, certifyId, deviceToken: device.token, ...issued };
}

/** A challenge of `type` under `certifyId`: the first one, or the additional one after the invisible check. */
export async function issueChallenge(
  runtime: Runtime,
  request: {
    scenario: ScenarioRecord;
    certifyId: string;
    type: VerificationType;
    clientAddress: string;
    device: Pick<Device, "id" | "fresh">;
    pageUrl?: string;
    now: Date;
  },
): Promise<IssuedChallenge> {
  const { scenario, type, now } = request;
  const inForce = scenarioInForce(scenario, now);
  const difficulty =
    inForce.ruleStatus === "TEST_MODE"
      ? TEST_MODE_POW
      : runtime.difficulty.difficultyFor(inForce.mode as PolicyMode, scenario.id, request.clientAddress, now.getTime());
  const { puzzle, secrets } = issuePow(difficulty);
  const content = await challengeContent(type);
  const state = sealState({
    v: 1,
    c: request.certifyId,
    s: scenario.id,
    n: scenario.sceneId,
    o: scenario.organizationId,
    t: type,
    g: type === "INVISIBLE" ? "i" : "c",
    a: content.answerX,
    m: content.max,
    st: content.startValue,
    p: secrets,
    i: now.getTime(),
    d: request.device.id,
    f: request.device.fresh,
    u: request.pageUrl,
  });
  return { captchaType: type, challenge: content.shown, pow: puzzle, state };
}
