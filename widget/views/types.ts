import type { PointerKind } from "../dom";
import type { EventRecorder } from "../recorder";
import type { TextFn } from "../texts";

export type ViewState = "verifying" | "pass" | "fail" | null;

/** What a view hands the controller when the person submits. */
export interface Submission {
  answer: { x?: number };
  pointer: PointerKind;
  box: [number, number];
}

export interface ChallengeView {
  node: HTMLElement;
  /** Gets focus when the challenge is shown by keyboard or in a dialog. */
  focusTarget: HTMLElement;
  setState(state: ViewState): void;
  /** Removes document-level listeners; the node is discarded by the caller. */
  destroy(): void;
}

/** What the controller gives a view. */
export interface ViewContext {
  text: TextFn;
  popup: boolean;
  slide: { width: number; height: number };
  recorder: EventRecorder;
  /** The window (dialog or embed box): moves near it count as the approach. */
  area: HTMLElement;
  submit(submission: Submission): void;
  /** Embed mode's picture challenges have their own "New challenge" button. */
  refresh(): void;
  setWidth(contentWidth: number): void;
  /** An interaction event on the challenge was made by a script (isTrusted false). */
  onUntrusted(): void;
}
