import type { PolicyMode } from "../../policy/rules";
import type { VerificationType } from "../../scenario/rules";
import { dragEvidence, dragFeatures, type DragContext, type DragFeatures } from "./drag";
import { combine, type Evidence, type ReasonCode } from "./evidence";
import { isKey, presses, type RawEvent } from "./events";
import { keyboardEvidence, keyboardFeatures, type KeyboardFeatures } from "./keyboard";
import { pressEvidence, pressFeatures, type PressContext, type PressFeatures } from "./press";

/**
 * The behaviour score of one attempt: 0 = clearly a person, 1 = clearly a script, with reasons.
 * The risk decision combines it with other signals (proof of work, device, rates); on its own it
 * refuses an attempt when the score reaches the threshold of the scenario's mode.
 */

export type InteractionKind = "drag" | "click" | "page" | "keyboard";

export interface BehaviourContext extends DragContext, PressContext {}

export interface BehaviourScore {
  kind: InteractionKind;
  score: number;
  /** What pointed to a script, strongest first (codes from REASONS). */
  reasons: ReasonCode[];
  /** Every rule that fired, with its log-odds weight (negative: person-like). */
  evidence: Evidence[];
  features: DragFeatures | PressFeatures | KeyboardFeatures | undefined;
}

/**
 * A score at or above the threshold counts as a script. Basic Mode refuses only what is clearly
 * scripted (people pass at >= 99.5 %); Attack and Defense Mode accepts refusing a few more people
 * (they can retry, or use the keyboard) to stop more careful scripts.
 */
export const BEHAVIOUR_THRESHOLDS = {
  BASIC: 0.8,
  ATTACK_AND_DEFENSE: 0.5,
} as const satisfies Record<PolicyMode, number>;

export function looksScripted(score: BehaviourScore | number, mode: PolicyMode = "BASIC"): boolean {
  return (typeof score === "number" ? score : score.score) >= BEHAVIOUR_THRESHOLDS[mode];
}

/** Which scorer applies: the challenge's pointer interaction, or the keyboard when only keys were used. */
export function interactionKindFor(type: VerificationType, events: readonly RawEvent[]): InteractionKind {
  const pressed = presses(events).some((p) => p.up !== undefined);
  if (!pressed && events.some(isKey)) return "keyboard";
  switch (type) {
    case "SLIDER":
    case "PUZZLE":
    case "IMAGE_RESTORATION":
      return "drag";
    case "ONE_CLICK":
      return "click";
    case "INVISIBLE":
      return "page";
  }
}

export function scoreBehaviour(kind: InteractionKind, events: readonly RawEvent[], context: BehaviourContext = {}): BehaviourScore {
  let features: BehaviourScore["features"];
  let evidence: Evidence[];
  switch (kind) {
    case "drag": {
      const f = dragFeatures(events, context);
      features = f;
      evidence = dragEvidence(f, context).items;
      break;
    }
    case "click":
    case "page": {
      const f = pressFeatures(events, context);
      features = f;
      evidence = pressEvidence(f, context).items;
      break;
    }
    case "keyboard": {
      const f = keyboardFeatures(events);
      features = f;
      evidence = keyboardEvidence(f).items;
      break;
    }
  }
  const { score, reasons } = combine(evidence);
  return { kind, score, reasons, evidence, features };
}
