/**
 * The widget's frame: in popup mode a modal dialog over a mask (title, "New challenge", "Close",
 * focus kept inside, Escape closes, focus returns where it was); in embed mode a box in the
 * customer's element. Both have a live status line; a hidden one announces while nothing is on
 * screen (a closed popup, Invisible CAPTCHA).
 */
import { focusSoon, h, ICONS } from "./dom";
import type { Settings } from "./options";
import { HTML_LANG, RTL_LANGUAGES } from "./texts";

export interface ShellEvents {
  /** The person closed the dialog (Close, Escape, the mask). */
  onUserClose(): void;
  onRefresh(): void;
  onUntrusted(): void;
}

export type Shell = ReturnType<typeof createShell>;

export function createShell(settings: Settings, container: Element, events: ShellEvents) {
  const t = settings.text;
  const popup = settings.mode === "popup";
  const root = h("div", {
    id: "aliyunCaptcha-root",
    class: `aliyunCaptcha-root aliyunCaptcha-${settings.mode}`,
    lang: HTML_LANG[settings.language] || settings.language,
    dir: RTL_LANGUAGES.indexOf(settings.language) >= 0 ? "rtl" : null,
  });
  if (settings.rem !== 1) (root.style as CSSStyleDeclaration & { zoom: string }).zoom = String(settings.rem);
  const body = h("div", { class: "aliyunCaptcha-body" });
  const status = h("div", { class: "aliyunCaptcha-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const announcer = h("div", { class: "aliyunCaptcha-sr-only", "aria-live": "polite", "aria-atomic": "true" });
  let mask: HTMLElement | null = null;
  let win: HTMLElement;
  let closeButton: HTMLButtonElement | null = null;
  let refreshButton: HTMLButtonElement | null = null;
  let open = false;
  let returnFocus: HTMLElement | null = null;
  let destroyed = false;

  if (popup) {
    mask = h("div", { id: "aliyunCaptcha-mask", hidden: true, style: `z-index:${settings.zIndex}` });
    closeButton = h("button", {
      type: "button",
      id: "aliyunCaptcha-btn-close",
      class: "aliyunCaptcha-icon-btn",
      "aria-label": t("CLOSE"),
      title: t("CLOSE"),
      html: ICONS.close,
    });
    refreshButton = h("button", {
      type: "button",
      id: "aliyunCaptcha-btn-refresh",
      class: "aliyunCaptcha-icon-btn",
      "aria-label": t("REFRESH"),
      title: t("REFRESH"),
      html: ICONS.refresh,
    });
    win = h(
      "div",
      {
        id: "aliyunCaptcha-window-popup",
        class: "aliyunCaptcha-window",
        role: "dialog",
        "aria-modal": "true",
        "aria-labelledby": "aliyunCaptcha-title",
        hidden: true,
        style: `z-index:${settings.zIndex + 1}`,
      },
      [
        h("div", { class: "aliyunCaptcha-header" }, [
          h("h2", { id: "aliyunCaptcha-title", text: t("POPUP_TITLE") }),
          refreshButton,
          closeButton,
        ]),
        body,
        status,
      ],
    );
    root.appendChild(mask);
    root.appendChild(win);
    closeButton.addEventListener("click", () => events.onUserClose());
    refreshButton.addEventListener("click", () => events.onRefresh());
    mask.addEventListener("click", () => {
      if (!settings.disableMaskClick) events.onUserClose();
    });
  } else {
    win = h("div", { id: "aliyunCaptcha-window-embed", class: "aliyunCaptcha-window", style: `width:${settings.slide.width}px` }, [
      body,
      status,
    ]);
    root.appendChild(win);
  }
  root.appendChild(announcer);
  container.appendChild(root);

  // Events a script dispatched (element.click(), dispatchEvent) are not trusted; a person's are.
  const flagUntrusted = (event: Event) => {
    if (event.isTrusted === false) events.onUntrusted();
  };
  ["pointerdown", "click", "keydown"].forEach((type) => win.addEventListener(type, flagUntrusted, true));

  function onDocumentKeydown(event: KeyboardEvent) {
    if (!open) return;
    if (event.key === "Escape" || event.key === "Esc") {
      event.preventDefault();
      event.stopPropagation();
      events.onUserClose();
      return;
    }
    if (event.key === "Tab") {
      // Keep focus inside the dialog.
      const focusables = Array.prototype.filter.call(
        win.querySelectorAll('button, [tabindex="0"]'),
        (node: HTMLElement) => !node.closest("[hidden]") && node.offsetParent !== null,
      ) as HTMLElement[];
      if (!focusables.length) return;
      const first = focusables[0];
      const last = focusables[focusables.length - 1];
      const current = document.activeElement;
      if (!win.contains(current)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && current === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && current === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  const shell = {
    popup,
    root,
    /** The window: the dialog or the embed box. */
    area: win,
    isOpen: () => open,
    /** Whether the challenge area is on screen (embed: always; popup: while open). */
    onScreen: () => !popup || open,
    focusIsInside: () => !!document.activeElement && win.contains(document.activeElement),

    announce(message: string, tone?: "success" | "error" | null) {
      const onScreen = shell.onScreen();
      const target = onScreen ? status : announcer;
      (onScreen ? announcer : status).textContent = "";
      target.textContent = message || "";
      if (onScreen) {
        if (tone) status.setAttribute("data-tone", tone);
        else status.removeAttribute("data-tone");
      }
    },

    setWidth(contentWidth: number) {
      win.style.width = `${popup ? contentWidth + 32 : contentWidth}px`;
    },

    setContent(node: Node, refreshable: boolean) {
      body.textContent = "";
      body.appendChild(node);
      if (refreshButton) refreshButton.hidden = !refreshable;
    },

    /** Loading (spinner) or a failure (with a "Try again" button calling onRetry). */
    placeholder(message: string, onRetry: (() => void) | null, takeFocus: boolean) {
      shell.setWidth(settings.slide.width);
      let retry: HTMLButtonElement | null = null;
      const box = h("div", { class: "aliyunCaptcha-placeholder", style: `height:${settings.slide.height}px` }, [
        onRetry ? null : h("span", { html: ICONS.spinner }),
        h("span", { text: message }),
      ]);
      if (onRetry) {
        retry = h("button", { type: "button", class: "aliyunCaptcha-text-btn", text: t("RETRY") });
        retry.addEventListener("click", onRetry);
        box.appendChild(retry);
      }
      shell.setContent(box, false);
      shell.announce(onRetry ? message : "", onRetry ? "error" : null);
      if (takeFocus) shell.focus(retry || closeButton);
    },

    focus(node: HTMLElement | null) {
      focusSoon(node, () => !destroyed);
    },

    /** Popup: shows the dialog, remembering where focus was to give it back on close. */
    openPopup(): boolean {
      if (!popup || open || !mask) return false;
      open = true;
      const focused = document.activeElement as HTMLElement | null;
      returnFocus = focused && focused !== document.body ? focused : null;
      mask.hidden = false;
      win.hidden = false;
      document.addEventListener("keydown", onDocumentKeydown, true);
      return true;
    },

    closePopup(fallbackFocus: Element | null): boolean {
      if (!popup || !open || !mask) return false;
      const hadFocus = shell.focusIsInside() || document.activeElement === document.body;
      open = false;
      mask.hidden = true;
      win.hidden = true;
      status.textContent = "";
      document.removeEventListener("keydown", onDocumentKeydown, true);
      const target = (returnFocus || fallbackFocus) as HTMLElement | null;
      if (hadFocus && target && document.contains(target)) {
        try {
          target.focus({ preventScroll: true });
        } catch (_) {
          // cannot take focus: leave it
        }
      }
      return true;
    },

    /** Embed mode's hide()/show(). */
    setHidden(hidden: boolean) {
      root.hidden = hidden;
    },

    destroy() {
      destroyed = true;
      document.removeEventListener("keydown", onDocumentKeydown, true);
      if (root.parentNode) root.parentNode.removeChild(root);
    },
  };
  return shell;
}
