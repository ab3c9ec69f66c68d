"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";

/** Email field and Send reset link; the answer never says whether the account exists. */
export function ForgotPasswordForm() {
  const request = trpc.passwordReset.request.useMutation();
  const t = useTranslations("auth");
  const { fieldErrors, formError } = formErrorsOf(request.error);
  // The button waits for the script: before it, a submit would be the browser's own GET.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  }

  if (request.data) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {/* The server's answer is the same for every email (it never says whether the account exists). */}
        {t("forgotPassword.sent")}
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">{t("forgotPassword.intro")}</p>
      <Field label={t("email")} name="email" type="email" autoComplete="email" required error={fieldErrors?.email?.[0]} />
      {formError}
      <Button type="submit" className="w-full" disabled={request.isPending || !ready}>
        {request.isPending ? t("forgotPassword.sending") : t("forgotPassword.submit")}
      </Button>
    </form>
  );
}
