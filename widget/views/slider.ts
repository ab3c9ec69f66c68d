/**
 * A slider handle on a track, for Slider, Puzzle Verification and Image Restoration: pointer
 * (mouse, touch, pen) and keyboard (arrows, Shift, PageUp/PageDown, Home/End, Enter), with the
 * value in the challenge's units. It records what the person does in the protocol's units: x along
 * the track from its left edge, scaled so 1 unit of pointer movement is 1 unit of value; y in px
 * from the track's vertical centre.
 */
import { clamp, h, ICONS, pointerKind, pointerSamples, type PointerKind } from "../dom";
import { oneDecimal, recordedKey, type EventRecorder } from "../recorder";
import { draggedValue, keyedValue } from "../slider-model";
import type { TextFn } from "../texts";
import type { ViewState } from "./types";

export interface SliderSpec {
  max: number;
  initial: number;
  label: string;
  /** Text inside the track, hidden while the handle is away from its start. */
  tip: string | null;
  height: number;
  icon?: string;
  hideTipWhenMoved: boolean;
  text: TextFn;
  recorder: EventRecorder;
  onMove?(value: number): void;
  onSubmit(value: number, pointer: PointerKind): void;
  onUntrusted(): void;
}

export interface Slider {
  node: HTMLElement;
  handle: HTMLElement;
  value(): number;
  setState(state: ViewState): void;
  /** Page coordinates -> track units and px from the track's centre. */
  toTrack(clientX: number, clientY: number): [number, number];
  /** The track's size in CSS px (the `box` of the request). */
  box(): [number, number];
  dragging(): boolean;
}

/** Where the track is and how pointer px map to units, fixed for a drag at its press. */
interface TrackGeometry {
  left: number;
  middle: number;
  unitsPerPx: number;
}

interface Drag {
  id: number;
  geometry: TrackGeometry;
  pointer: PointerKind;
  /** Recorded (one-decimal) x of the press, and the value then. */
  xDown: number;
  startValue: number;
  lastX: number;
  lastY: number;
  moved: boolean;
}

const HINT_ID = "aliyunCaptcha-slider-hint";

export function createSlider(spec: SliderSpec): Slider {
  const max = Math.max(1, Math.round(spec.max));
  let value = clamp(Math.round(spec.initial || 0), 0, max);
  const initialValue = value;
  let state: ViewState = null;
  let disabled = false;
  const handleSize = spec.height;
  const t = spec.text;

  const fill = h("div", { class: "aliyunCaptcha-sliding-fill" });
  const tip = spec.tip
    ? h("div", { class: "aliyunCaptcha-sliding-text", "aria-hidden": "true", text: spec.tip, style: `left:${handleSize + 6}px;right:8px` })
    : null;
  const handle = h("div", {
    id: "aliyunCaptcha-sliding-slider",
    role: "slider",
    tabindex: "0",
    "aria-label": spec.label,
    "aria-valuemin": "0",
    "aria-valuemax": String(max),
    "aria-valuenow": String(value),
    "aria-orientation": "horizontal",
    "aria-describedby": HINT_ID,
    style: `width:${handleSize}px`,
    html: spec.icon || ICONS.arrow,
  });
  const hint = h("span", { id: HINT_ID, class: "aliyunCaptcha-sr-only", text: t("KEYBOARD_HINT") });
  const track = h("div", { id: "aliyunCaptcha-sliding-body", style: `height:${spec.height}px` }, [fill, tip, handle, hint]);
  let drag: Drag | null = null;

  function paint() {
    const fraction = value / max;
    handle.style.left = `calc((100% - ${handleSize}px) * ${fraction})`;
    fill.style.width = `calc((100% - ${handleSize}px) * ${fraction} + ${handleSize / 2}px)`;
    handle.setAttribute("aria-valuenow", String(value));
    if (tip) tip.style.visibility = state || (spec.hideTipWhenMoved && value !== initialValue) ? "hidden" : "";
  }
  function set(next: number) {
    if (next === value) return;
    value = next;
    paint();
    if (spec.onMove) spec.onMove(value);
  }

  /**
   * The track's position and its units per CSS px of pointer movement. Scale-independent (CSS
   * zoom, transforms): the handle travels the track's inner width minus its own, in the rendered size.
   */
  function geometry(): TrackGeometry {
    const rect = track.getBoundingClientRect();
    const travel = track.offsetWidth ? (rect.width * (track.clientWidth - handle.offsetWidth)) / track.offsetWidth : 0;
    return { left: rect.left, middle: rect.top + rect.height / 2, unitsPerPx: travel > 0 ? max / travel : 0 };
  }
  function inTrackUnits(place: TrackGeometry, clientX: number, clientY: number): [number, number] {
    return [(clientX - place.left) * place.unitsPerPx, clientY - place.middle];
  }
  const toTrack = (clientX: number, clientY: number) => inTrackUnits(geometry(), clientX, clientY);

  handle.addEventListener("keydown", (event) => {
    if (disabled) return;
    if (event.isTrusted === false) spec.onUntrusted();
    const key = recordedKey(event.key);
    if (!key || key === " ") return;
    event.preventDefault();
    spec.recorder.key(event.timeStamp, key, event.shiftKey);
    if (key === "Enter") {
      spec.onSubmit(value, "keyboard");
      return;
    }
    const next = keyedValue(key, event.shiftKey, value, max);
    if (next !== null) set(next);
  });

  handle.addEventListener("pointerdown", (event) => {
    // Not prevented: the press focuses the handle the native way (no keyboard focus ring);
    // touch-action and user-select keep the page from scrolling or selecting meanwhile.
    if (disabled || drag || (event.pointerType === "mouse" && event.button !== 0)) return;
    const place = geometry();
    if (place.unitsPerPx <= 0) return; // not laid out (hidden): nothing sensible to record
    if (event.isTrusted === false) spec.onUntrusted();
    const [x, y] = inTrackUnits(place, event.clientX, event.clientY);
    spec.recorder.down(event.timeStamp, x, y);
    drag = {
      id: event.pointerId,
      geometry: place,
      pointer: pointerKind(event),
      xDown: oneDecimal(x),
      startValue: value,
      lastX: x,
      lastY: y,
      moved: false,
    };
    try {
      handle.setPointerCapture(event.pointerId);
    } catch (_) {
      // the pointer is already gone
    }
    handle.classList.add("aliyunCaptcha-dragging");
  });

  handle.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id || disabled) return;
    if (event.isTrusted === false) spec.onUntrusted();
    const current = drag;
    pointerSamples(event).forEach((sample) => {
      const [x, y] = inTrackUnits(current.geometry, sample.clientX, sample.clientY);
      spec.recorder.move(sample.timeStamp, x, y);
    });
    const [x, y] = inTrackUnits(current.geometry, event.clientX, event.clientY);
    current.lastX = x;
    current.lastY = y;
    const before = value;
    set(draggedValue(current.startValue, current.xDown, oneDecimal(x), max));
    if (value !== before) current.moved = true;
  });

  /** The release: the value follows the release point, which is recorded as "u". */
  function endDrag(event: PointerEvent, how: "up" | "cancel" | "lost") {
    if (!drag || event.pointerId !== drag.id) return;
    const current = drag;
    drag = null;
    handle.classList.remove("aliyunCaptcha-dragging");
    // A cancelled or lost pointer has no meaningful position: it ends where it last was.
    const [x, y] = how === "up" ? inTrackUnits(current.geometry, event.clientX, event.clientY) : [current.lastX, current.lastY];
    spec.recorder.up(event.timeStamp, x, y);
    const before = value;
    set(draggedValue(current.startValue, current.xDown, oneDecimal(x), max));
    if (value !== before) current.moved = true;
    if (how !== "cancel" && current.moved && !disabled) spec.onSubmit(value, current.pointer);
  }
  handle.addEventListener("pointerup", (event) => endDrag(event, "up"));
  handle.addEventListener("pointercancel", (event) => endDrag(event, "cancel"));
  handle.addEventListener("lostpointercapture", (event) => endDrag(event, "lost"));
  // No native drag of the handle's SVG or text selection while sliding.
  track.addEventListener("dragstart", (event) => event.preventDefault());

  paint();
  return {
    node: track,
    handle,
    value: () => value,
    toTrack,
    box() {
      const rect = track.getBoundingClientRect();
      return [oneDecimal(rect.width), oneDecimal(rect.height)];
    },
    dragging: () => drag !== null,
    setState(next) {
      state = next || null;
      paint();
      disabled = state === "verifying" || state === "pass" || state === "fail";
      if (state) track.setAttribute("data-state", state);
      else track.removeAttribute("data-state");
      handle.setAttribute("aria-disabled", disabled ? "true" : "false");
      handle.innerHTML =
        state === "verifying" ? ICONS.spinner : state === "pass" ? ICONS.check : state === "fail" ? ICONS.cross : spec.icon || ICONS.arrow;
      if (state === "pass") handle.setAttribute("aria-valuetext", t("CAPTCHA_COMPLETED"));
      else handle.removeAttribute("aria-valuetext");
    },
  };
}
