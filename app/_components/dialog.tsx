"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A modal dialog (or side panel) with a title that names it for screen readers. Escape and the
 * backdrop close it; focus moves into it on open and returns to where it was on close.
 */
export function Dialog({
  title,
  onClose,
  children,
  variant = "center",
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  variant?: "center" | "panel";
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>("input, select, textarea, button");
    first?.focus();
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      previous?.focus();
    };
  }, [onClose]);

  const box =
    variant === "panel"
      ? "ml-auto h-full w-full max-w-xl overflow-y-auto bg-white p-6 shadow-xl"
      : // A dialog taller than the window (a long list of what a role may do) scrolls rather than hiding its buttons.
        "m-auto max-h-[calc(100dvh-2rem)] w-full max-w-lg overflow-y-auto rounded-xl bg-white p-6 shadow-xl";
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click on the backdrop closes; the keyboard has Escape and the buttons
    <div className="fixed inset-0 z-40 flex bg-slate-900/40" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={ref} role="dialog" aria-modal="true" aria-labelledby={titleId} className={box}>
        <h2 id={titleId} className="mb-4 text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

/** A dialog that is one form: its fields (`children`), then Cancel and the submit button. */
export function DialogForm({
  title,
  onClose,
  onSubmit,
  submit,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submit: { label: string; variant?: "primary" | "danger"; disabled?: boolean };
  children: ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant={submit.variant} disabled={submit.disabled}>
            {submit.label}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
