import type { PolicyMode } from "../policy/rules";
import { BEHAVIOUR_THRESHOLDS, type BehaviourScore } from "./behaviour";
import type { EnvironmentHints } from "./protocol";

/**
 * One risk decision per verification. The behaviour score (behaviour/, judged from the raw
 * events) carries most of it; what the browser says about itself can only add risk, never remove
 * it, because a script says whatever it likes: an automated browser (navigator.webdriver, a
 * DevTools-protocol artefact), an event dispatched by a script, a device that brought no token.
 * They combine as independent pieces of evidence (a noisy OR), and the policy mode sets how much
 * risk is too much. The proof of work and the frequency limits are checked before and after
 * this, on their own (client-verify.ts).
 */
export const HINT_WEIGHTS = {
  webdriver: 0.35,
  cdp: 0.25,
  untrusted: 0.5,
  freshDevice: 0.05,
} as const;

/**
 * Invisible CAPTCHA lets a person through without a challenge only on a clean score; Attack and
 * Defense Mode never does (everyone gets the additional challenge).
 */
export const SILENT_PASS_BELOW: Record<PolicyMode, number> = { BASIC: 0.3, ATTACK_AND_DEFENSE: 0 };

export interface RiskDecision {
  score: number;
  /** At or above the mode's threshold: refuse (F001, or F024 when Block Simulated Clicks is on). */
  scripted: boolean;
  /** Invisible CAPTCHA may pass without showing its additional challenge. */
  silentPass: boolean;
  reasons: string[];
}

export function decideRisk(input: {
  behaviour: BehaviourScore;
  mode: PolicyMode;
  env: EnvironmentHints;
  freshDevice: boolean;
}): RiskDecision {
  const reasons: string[] = [...input.behaviour.reasons];
  let clean = 1 - input.behaviour.score;
  const add = (present: boolean | undefined, weight: number, reason: string) => {
    if (!present) return;
    clean *= 1 - weight;
    reasons.push(reason);
  };
  add(input.env.webdriver, HINT_WEIGHTS.webdriver, "webdriver");
  add(input.env.cdp, HINT_WEIGHTS.cdp, "devtools-protocol");
  add(input.env.untrusted, HINT_WEIGHTS.untrusted, "untrusted-event");
  add(input.freshDevice, HINT_WEIGHTS.freshDevice, "fresh-device");
  const score = 1 - clean;
  return { score, scripted: score >= BEHAVIOUR_THRESHOLDS[input.mode], silentPass: score < SILENT_PASS_BELOW[input.mode], reasons };
}
