"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { formErrorsOf } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { PASSWORD_MIN_LENGTH } from "@/server/account/rules";
import { ExpiredResetLink } from "./expired-reset-link";

/**
 * New password and Set password. The server sets it and ends every session of the account; this
 * browser then signs in with the new password through NextAuth, like the sign-in form, so the
 * session it gets is an ordinary one (a UserSession row, a cookie).
 */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const t = useTranslations("auth.resetPassword");
  const auth = useTranslations("auth");
  const complete = trpc.passwordReset.complete.useMutation();
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<string>();
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const { fieldErrors, formError } = formErrorsOf(complete.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newPassword = String(new FormData(event.currentTarget).get("newPassword") ?? "");
    const done = await complete.mutateAsync({ token, newPassword }).catch(() => undefined); // shown from complete.error
    if (!done) return;
    setSigningIn(true);
    const result = await signIn("credentials", { email: done.email, password: newPassword, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/overview");
      router.refresh();
      return;
    }
    setSigningIn(false);
    setSignInError(t("signInFailed"));
  }

  if (complete.error?.data?.code === "PRECONDITION_FAILED") return <ExpiredResetLink />;
  if (signInError) {
    return (
      <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {signInError}{" "}
        <a className="font-medium underline" href="/sign-in">
          {t("signIn")}
        </a>
      </p>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-600">{t.rich("intro", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={auth("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldErrors?.newPassword?.[0]}
      />
      {formError}
      <Button type="submit" className="w-full" disabled={complete.isPending || signingIn || !ready}>
        {complete.isPending || signingIn ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
