/** Small DOM helpers shared by the views. */

type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Creates an element. Attributes: "text" sets textContent, "html" innerHTML (only this widget's
 * own icons, never server or page data), "style" the inline style; false/null/undefined are left out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes | null,
  children?: Array<Node | null | undefined>,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attributes) {
    Object.keys(attributes).forEach((name) => {
      const value = attributes[name];
      if (value === undefined || value === null || value === false) return;
      if (name === "text") node.textContent = String(value);
      else if (name === "html") node.innerHTML = String(value);
      else if (name === "style") node.style.cssText = String(value);
      else node.setAttribute(name, value === true ? "" : String(value));
    });
  }
  (children || []).forEach((child) => {
    if (child) node.appendChild(child);
  });
  return node;
}

const svg = (width: number, viewBox: string, body: string) =>
  `<svg width="${width}" height="18" viewBox="${viewBox}" aria-hidden="true" focusable="false">${body}</svg>`;

export const ICONS = {
  arrow: svg(
    18,
    "0 0 24 24",
    '<path d="M5 12h13m-5-6 6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>',
  ),
  arrows: svg(
    20,
    "0 0 26 24",
    '<path d="M3 12h20M8 7l-5 5 5 5m10-10 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>',
  ),
  check: svg(
    18,
    "0 0 24 24",
    '<path d="m5 12.5 4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>',
  ),
  cross: svg(
    18,
    "0 0 24 24",
    '<path d="M6.5 6.5l11 11m0-11-11 11" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>',
  ),
  close: svg(18, "0 0 24 24", '<path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>'),
  refresh: svg(
    18,
    "0 0 24 24",
    '<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
  ),
  spinner: '<span class="aliyunCaptcha-spinner" aria-hidden="true"></span>',
};

/** The element a customer's CSS selector option names, or why not. */
export function queryElement(selector: unknown, option: string): { element: Element } | { error: string; missing?: true } {
  if (typeof selector !== "string" || !selector.trim()) {
    return { error: `${option} must be a CSS selector string, e.g. "#captcha-${option}"` };
  }
  try {
    const element = document.querySelector(selector);
    return element ? { element } : { missing: true, error: `${option}: no element matches "${selector}"` };
  } catch (_) {
    return { error: `${option}: "${selector}" is not a valid CSS selector` };
  }
}

/** Focuses after the current event, once the node is displayed and can take focus. */
export function focusSoon(node: HTMLElement | null | undefined, stillWanted: () => boolean = () => true): void {
  if (!node) return;
  requestAnimationFrame(() => {
    if (stillWanted() && document.contains(node)) {
      try {
        node.focus({ preventScroll: true });
      } catch (_) {
        // an element that cannot take focus: nothing to do
      }
    }
  });
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function finiteNumber(value: unknown, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) ? number : fallback;
}

export const now = () => (typeof performance !== "undefined" && performance.now ? performance.now() : Date.now());

/** Runs a customer callback: an exception in it must not break the widget (it is rethrown later). */
export function safeCall(fn: unknown, ...args: unknown[]): unknown {
  if (typeof fn !== "function") return undefined;
  try {
    return fn(...args);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
    return undefined;
  }
}

/**
 * The samples of a pointermove: the event as the browser dispatched it (one per frame). Not the
 * coalesced high-rate reports: the server's timing rules expect a frame's rhythm, and a 1000 Hz
 * mouse's reports would look like a script's bursts (server/runtime/behaviour/motion.ts).
 */
export function pointerSamples(event: PointerEvent): PointerEvent[] {
  return [event];
}

export type PointerKind = "mouse" | "touch" | "pen" | "keyboard" | "none";

/** event.pointerType as the protocol names it (a script's PointerEvent may have none). */
export function pointerKind(event: PointerEvent): PointerKind {
  return event.pointerType === "mouse" || event.pointerType === "touch" || event.pointerType === "pen" ? event.pointerType : "none";
}
