"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

async function writeToClipboard(text: string) {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Plain http on a non-local host has no Clipboard API: fall back to a selected text area.
  const area = Object.assign(document.createElement("textarea"), { value: text });
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

/**
 * "Copy" that puts `text` on the clipboard and says so, visibly and to screen readers. Its name
 * stays the visible word, so "Copy" next to a Scenario ID is found as what it says.
 */
export function CopyButton({ text, label, what }: { text: string; label?: string; what: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  const name = label ?? t("copy");
  return (
    <>
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-600 hover:bg-slate-50"
        title={`${name} ${what}`}
        onClick={async () => {
          await writeToClipboard(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      >
        {copied ? t("copied") : name}
      </button>
      {/* Announced to screen readers without being a second "status" region on the page. */}
      <span aria-live="polite" className="sr-only">
        {copied ? t("copiedAnnouncement", { what }) : ""}
      </span>
    </>
  );
}
