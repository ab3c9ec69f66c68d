"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";
import { trpc } from "@/app/_trpc/client";

/** Until the account's email is verified: what is held back, and Resend email. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const resend = trpc.emailVerification.resend.useMutation();
  const t = useTranslations("notices.verifyEmail");
  return (
    <section aria-label={t("label")} className="border-b border-amber-200 bg-amber-50 px-6 py-3 text-sm text-amber-900">
      <div className="flex flex-wrap items-center gap-3">
        <p>{t.rich("text", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <Button variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resend.isPending ? t("sending") : t("resend")}
        </Button>
      </div>
      {resend.isSuccess && (
        <p role="status" className="mt-2">
          {resend.data.verified ? t("verified") : t("resent")}
        </p>
      )}
      {resend.error && (
        <p role="alert" className="mt-2 text-red-700">
          {resend.error.message}
        </p>
      )}
    </section>
  );
}
