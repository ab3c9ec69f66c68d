/**
 * Behaviour: the raw events of an attempt -> features -> a score in [0, 1] with reasons, the
 * slider value the events lead to, and fingerprints of the normalised path for replay detection.
 * Pure functions only: no I/O, no clock, no randomness.
 */
export { MAX_EVENTS, rawEventSchema, rawEventsSchema, type Key, type KeyEvent, type PointerEvent, type RawEvent } from "./events";
export { ANSWER_TOLERANCE, answerAgrees, sliderValueFrom, type AnswerMethod, type SliderReconstruction } from "./answer";
export { REASONS, type Evidence, type ReasonCode } from "./evidence";
export { dragFeatures, sliderHandleWidth, type DragContext, type DragFeatures, type PointerType } from "./drag";
export { pressFeatures, type PressContext, type PressFeatures } from "./press";
export { keyboardFeatures, type KeyboardFeatures } from "./keyboard";
export {
  BEHAVIOUR_THRESHOLDS,
  interactionKindFor,
  looksScripted,
  scoreBehaviour,
  type BehaviourContext,
  type BehaviourScore,
  type InteractionKind,
} from "./score";
export { fingerprintsOf, pathFingerprints, type Fingerprints } from "./fingerprint";
