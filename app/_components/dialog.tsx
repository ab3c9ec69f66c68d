"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

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
      : "m-auto w-full max-w-lg rounded-xl bg-white p-6 shadow-xl";
  return (
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
