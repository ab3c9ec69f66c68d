"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/app/_components/copy-button";
import { PASSWORD_RESET_TTL_MINUTES } from "@/server/password-reset/rules";

/** The reset link an owner created for a teammate: shown once, to be passed on by hand. */
export function PasswordResetLink({ email, link }: { email: string; link: string }) {
  const t = useTranslations("members.passwordReset");
  return (
    <div role="status" className="mb-4 space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p>{t.rich("created", { email, minutes: PASSWORD_RESET_TTL_MINUTES, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p className="flex items-center gap-2">
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
        <span className="break-all font-mono text-xs" aria-label={t("link")}>
          {link}
        </span>
        <CopyButton text={link} what={t("linkWhat")} />
      </p>
    </div>
  );
}
