"use client";

import { Button } from "@/app/_components/button";
import { trpc } from "@/app/_trpc/client";
import { EMAIL_VERIFICATION_MESSAGES } from "@/server/email-verification/rules";

/** Until the account's email is verified: what is held back, and Resend email. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const resend = trpc.emailVerification.resend.useMutation();
  return (
    <section aria-label="Email verification" className="border-b border-amber-200 bg-amber-50 px-6 py-3 text-sm text-amber-900">
      <div className="flex flex-wrap items-center gap-3">
        <p>
          Verify your email address: open the link we sent to <strong>{email}</strong>. Until then you cannot accept invitations or create
          access keys.
        </p>
        <Button variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {resend.isPending ? "Sending…" : "Resend email"}
        </Button>
      </div>
      {resend.isSuccess && (
        <p role="status" className="mt-2">
          {resend.data.verified ? EMAIL_VERIFICATION_MESSAGES.verified : EMAIL_VERIFICATION_MESSAGES.resent}
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
