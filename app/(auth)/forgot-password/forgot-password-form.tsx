"use client";

import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";

/** Email field and Send reset link; the answer never says whether the account exists. */
export function ForgotPasswordForm() {
  const request = trpc.passwordReset.request.useMutation();
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
        {request.data.message} It works for one hour; check your spam folder if it does not arrive.
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">Enter the email of your account and we will send you a link to choose a new password.</p>
      <Field label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors?.email?.[0]} />
      {formError}
      <Button type="submit" className="w-full" disabled={request.isPending || !ready}>
        {request.isPending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
