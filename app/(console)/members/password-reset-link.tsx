"use client";

import { CopyButton } from "@/app/_components/copy-button";
import { PASSWORD_RESET_TTL_MINUTES } from "@/server/password-reset/rules";

/** The reset link an owner created for a teammate: shown once, to be passed on by hand. */
export function PasswordResetLink({ email, link }: { email: string; link: string }) {
  return (
    <div role="status" className="mb-4 space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p>
        Password reset link for <strong>{email}</strong> created. It works once and expires in {PASSWORD_RESET_TTL_MINUTES} minutes. Give it
        only to {email}: whoever opens it can set the password and sign in as them. It is not shown again.
      </p>
      <p className="flex items-center gap-2">
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
        <span className="break-all font-mono text-xs" aria-label="Password reset link">
          {link}
        </span>
        <CopyButton text={link} what="password reset link" />
      </p>
    </div>
  );
}
