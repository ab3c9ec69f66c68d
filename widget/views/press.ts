/**
 * Records presses, releases and activation keys on a button (One-click's checkbox, Invisible
 * CAPTCHA's trigger on the page), in px from the button's top-left corner, and remembers how it
 * was last activated.
 */
import { pointerKind, type PointerKind } from "../dom";
import { recordedKey, type EventRecorder } from "../recorder";

export interface PressTracker {
  /** How the next click was made: the last press's pointer, "keyboard" after Enter/Space. */
  pointerFor(click: MouseEvent): PointerKind;
  box(): [number, number];
  toLocal(clientX: number, clientY: number): [number, number];
  stop(): void;
}

export function trackPresses(button: Element, recorder: () => EventRecorder | null, onUntrusted: () => void): PressTracker {
  let pressed: number | null = null;
  let last: PointerKind = "none";
  const toLocal = (clientX: number, clientY: number): [number, number] => {
    const rect = button.getBoundingClientRect();
    return [clientX - rect.left, clientY - rect.top];
  };
  const record = (kind: "down" | "up", event: PointerEvent) => {
    const target = recorder();
    if (!target) return;
    if (event.isTrusted === false) onUntrusted();
    const [x, y] = toLocal(event.clientX, event.clientY);
    target[kind](event.timeStamp, x, y);
  };
  const onDown = (event: PointerEvent) => {
    if (pressed !== null || !event.isPrimary || !button.contains(event.target as Node)) return;
    pressed = event.pointerId;
    last = pointerKind(event);
    record("down", event);
  };
  // The release may happen anywhere (a press that slides off the button does not click).
  const onUp = (event: PointerEvent) => {
    if (event.pointerId !== pressed) return;
    pressed = null;
    record("up", event);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!button.contains(event.target as Node)) return;
    const key = recordedKey(event.key);
    if (key !== "Enter" && key !== " ") return;
    const target = recorder();
    if (!target) return;
    if (event.isTrusted === false) onUntrusted();
    target.key(event.timeStamp, key, event.shiftKey);
    last = "keyboard";
  };
  const capture = { capture: true, passive: true };
  document.addEventListener("pointerdown", onDown, capture);
  document.addEventListener("pointerup", onUp, capture);
  document.addEventListener("pointercancel", onUp, capture);
  document.addEventListener("keydown", onKey, capture);
  return {
    pointerFor(click) {
      // detail is the click count for a pointer, 0 for Enter/Space and for script-made clicks.
      const kind: PointerKind = click.detail > 0 ? (last === "keyboard" ? "mouse" : last) : last === "keyboard" ? "keyboard" : "none";
      last = "none"; // each click has its own press or key
      return kind;
    },
    box() {
      const rect = button.getBoundingClientRect();
      return [Math.round(rect.width * 10) / 10, Math.round(rect.height * 10) / 10];
    },
    toLocal,
    stop() {
      document.removeEventListener("pointerdown", onDown, capture);
      document.removeEventListener("pointerup", onUp, capture);
      document.removeEventListener("pointercancel", onUp, capture);
      document.removeEventListener("keydown", onKey, capture);
    },
  };
}
