import type { PolicyMode } from "../policy/rules";
import type { VerifyCode } from "../verification/codes";
import { passes } from "../verification/codes";
import { testModeAnswer } from "../verification/test-mode";
import {
  answerAgrees,
  fingerprintsOf,
  interactionKindFor,
  scoreBehaviour,
  sliderHandleWidth,
  sliderValueFrom,
  type RawEvent,
} from "./behaviour";
import { parseRawEvents, presses } from "./behaviour/events";
import { answerIsRight } from "./challenge-content";
import { openState, stateExpired, type ChallengeState } from "./challenge-state";
import { scenarioInForce, type ScenarioRecord } from "./directory";
import { issueChallenge, type IssuedChallenge } from "./init";
import { limitBlock, policyBlock } from "./policy-checks";
import { powSolved } from "./pow";
import type { ClientVerifyRequest } from "./protocol";
import { decideRisk } from "./risk";
import type { Runtime } from "./runtime";
import { issueToken } from "./token";
import { countCall } from "./usage";

/**
 * The widget's verification of a person's answer. In order:
 * 1. the sealed state must be this server's and this challenge's (else F017), and not older than
 *    20 minutes (F014); Test Mode answers its configured result and checks nothing else;
 * 2. the proof of work must be solved (F017): no token without it, whatever the answer;
 * 3. the raw events are judged (behaviour/): the risk decision (risk.ts) comes before the answer,
 *    so a script learns nothing about its answer from a refusal (F001, or F024 under Block
 *    Simulated Clicks), and the answer is the one the events lead to (an answer that disagrees
 *    with its own events is F017; a wrong one F015);
 * 4. the custom policy's page and device checks (F016, F009);
 * 5. one write (store.ts): the challenge is answered once (F017 for a second answer), the
 *    verification counts against the IP and device limits (F010, F011), and a passing path must
 *    not be a replay of a path seen before (F001).
 * An Invisible CAPTCHA whose risk is not clean shows its additional challenge instead of failing.
 */
export interface ClientVerifyAnswer {
  verifyResult: boolean;
  verifyCode: VerifyCode;
  certifyId: string;
  captchaVerifyParam?: string;
  /** The invisible check did not pass: show this additional challenge, then verify again. */
  next?: IssuedChallenge;
}

export interface ClientContext {
  address: string;
  userAgent: string;
}

type Judgement = { code: VerifyCode | "pass"; events: RawEvent[]; kind: ReturnType<typeof interactionKindFor> | null; riskOnly: boolean };

/** Steps 2 and 3: the proof of work, the behaviour, the answer. Pure. */
export function judgeAttempt(
  state: ChallengeState,
  input: ClientVerifyRequest,
  mode: PolicyMode,
  settings: { blockSimulatedClicks: boolean },
): Judgement {
  if (!powSolved(state.p, input.pow)) return { code: "F017", events: [], kind: null, riskOnly: false };
  const events = parseRawEvents(input.events);
  if (!events) return { code: "F017", events: [], kind: null, riskOnly: false };
  const kind = interactionKindFor(state.t, events);
  const behaviour = scoreBehaviour(kind, events, {
    pointer: input.pointer === "keyboard" || input.pointer === "none" ? undefined : input.pointer,
    startValue: state.st,
    // The widget sends the control's size: for a slider, the track (its height is the handle's size).
    handleWidth: input.box && state.m > 0 ? sliderHandleWidth(input.box, state.m) : undefined,
    handleHeight: input.box?.[1],
    box: input.box,
  });
  const risk = decideRisk({ behaviour, mode, env: input.env, freshDevice: state.f });
  if (state.t === "INVISIBLE") {
    const acted = presses(events).some((press) => press.up !== undefined) || events.some((event) => event[0] === "k");
    return { code: acted && risk.silentPass ? "pass" : "F001", events, kind, riskOnly: true };
  }
  if (risk.scripted) return { code: settings.blockSimulatedClicks ? "F024" : "F001", events, kind, riskOnly: true };
  if (state.t === "ONE_CLICK") {
    const clicked =
      presses(events).some((press) => press.up !== undefined) ||
      events.some((event) => event[0] === "k" && (event[2] === "Enter" || event[2] === " "));
    return { code: clicked ? "pass" : "F015", events, kind, riskOnly: false };
  }
  const reached = sliderValueFrom(events, { startValue: state.st, max: state.m });
  if (reached.submittedBy === null) return { code: "F015", events, kind, riskOnly: false };
  if (input.answer.x !== undefined && !answerAgrees(input.answer.x, reached)) return { code: "F017", events, kind, riskOnly: false };
  return {
    code: answerIsRight(state.t, reached.value, { answerX: state.a, max: state.m }, mode) ? "pass" : "F015",
    events,
    kind,
    riskOnly: false,
  };
}

export async function verifyOnClient(
  runtime: Runtime,
  input: ClientVerifyRequest,
  client: ClientContext,
  now = new Date(),
): Promise<ClientVerifyAnswer> {
  const refuse = (verifyCode: VerifyCode): ClientVerifyAnswer => ({ certifyId: input.certifyId, verifyResult: false, verifyCode });
  const state = openState(input.state);
  // Not this server's, or not this challenge's: nothing trustworthy to count it against.
  if (!state || state.c !== input.certifyId) return refuse("F017");
  const scenario = await runtime.directory.scenario(state.n);
  if (!scenario || scenario.id !== state.s) return refuse("F014"); // deleted since: no record any more
  const finish = (answer: ClientVerifyAnswer) => {
    countCall(
      runtime.sql,
      { scenarioId: scenario.id, organizationId: scenario.organizationId, kind: "verify", code: answer.verifyCode },
      now,
    );
    return answer;
  };
  if (stateExpired(state, now)) return finish(refuse("F014"));

  const inForce = scenarioInForce(scenario, now);
  const claimKey = `${state.c}:${state.g}`;
  if (inForce.ruleStatus === "TEST_MODE" && inForce.testResult) {
    const answer = testModeAnswer(inForce.testResult, state.g === "i" ? "invisible" : "challenge");
    const record = await runtime.store.recordClientVerification(
      { claimKey, scenarioId: scenario.id, subjects: [], fingerprints: { remembered: [], lookedUp: [] } },
      now,
    );
    if (!record.claimed) return finish(refuse("F017"));
    if (answer.showAdditionalChallenge && state.t === "INVISIBLE")
      return finish(await additional(runtime, scenario, state, answer.verifyCode, client, now));
    return finish(withToken(state, answer.verifyCode, input.v2, now));
  }

  const judgement = judgeAttempt(state, input, inForce.mode, inForce.settings);
  let code: VerifyCode = judgement.code === "pass" ? "T001" : judgement.code;
  const blocked = policyBlock(inForce.settings, {
    pageUrl: state.u ?? null,
    userAgent: client.userAgent,
    env: input.env,
    simulatedInput: input.env.untrusted === true,
  });
  if (blocked && code !== "F017") code = blocked;
  const record = await runtime.store.recordClientVerification(
    {
      claimKey,
      scenarioId: scenario.id,
      subjects: [`ip:${client.address}`, `device:${state.d}`],
      fingerprints: passes(code) && judgement.kind ? fingerprintsOf(judgement.events, judgement.kind) : { remembered: [], lookedUp: [] },
    },
    now,
  );
  if (!record.claimed) return finish(refuse("F017")); // answered twice
  const ip = record.counts[`ip:${client.address}`];
  const device = record.counts[`device:${state.d}`];
  const limited = limitBlock(inForce.settings, { ipHour: ip.hour, ipDay: ip.day, deviceHour: device.hour, deviceDay: device.day });
  if (limited && code !== "F017") code = limited;
  if (record.replayed && passes(code)) code = "F001";

  // The invisible check's own doubt leads to the additional challenge; a policy's refusal is final.
  if (state.t === "INVISIBLE" && code === "F001") return finish(await additional(runtime, scenario, state, code, client, now));
  return finish(withToken(state, code, input.v2, now));
}

/** V3 hands out a token only on success; V2 always does, and the business server's call decides. */
function withToken(state: ChallengeState, code: VerifyCode, v2: boolean | undefined, now: Date): ClientVerifyAnswer {
  const passed = passes(code);
  const answer: ClientVerifyAnswer = { certifyId: state.c, verifyResult: passed, verifyCode: code };
  if (passed || v2) answer.captchaVerifyParam = issueToken({ c: state.c, n: state.n, s: state.s, o: state.o, r: code, i: now.getTime() });
  return answer;
}

async function additional(
  runtime: Runtime,
  scenario: ScenarioRecord,
  state: ChallengeState,
  code: VerifyCode,
  client: ClientContext,
  now: Date,
): Promise<ClientVerifyAnswer> {
  const type = scenario.additionalChallenge;
  if (!type) return { certifyId: state.c, verifyResult: false, verifyCode: code };
  const next = await issueChallenge(runtime, {
    scenario,
    certifyId: state.c,
    type,
    clientAddress: client.address,
    device: { id: state.d, fresh: state.f },
    pageUrl: state.u,
    now,
  });
  return { certifyId: state.c, verifyResult: false, verifyCode: code, next };
}
