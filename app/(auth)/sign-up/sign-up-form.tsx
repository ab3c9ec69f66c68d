"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { trpc } from "@/app/_trpc/client";
import { Field } from "@/app/_components/field";
import { PASSWORD_MIN_LENGTH } from "@/server/account/rules";
import { AuthForm } from "../auth-form";

export function SignUpForm({ returnPath }: { returnPath: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const signUp = trpc.account.signUp.useMutation();
  const [signingIn, setSigningIn] = useState(false);
  const fieldErrors = signUp.error?.data?.fieldErrors;
  const formError = signUp.error && !fieldErrors ? signUp.error.message : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    await signUp.mutateAsync({ email, password }).then(
      async () => {
        setSigningIn(true);
        await signIn("credentials", { email, password, redirect: false });
        router.replace(returnPath);
        router.refresh();
      },
      () => undefined, // shown from signUp.error
    );
  }

  const pending = signUp.isPending || signingIn;
  return (
    <AuthForm form="signUp" pending={pending} error={formError} returnPath={returnPath} onSubmit={onSubmit}>
      <Field label={t("email")} name="email" type="email" autoComplete="email" required error={fieldErrors?.email?.[0]} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldErrors?.password?.[0]}
      />
    </AuthForm>
  );
}
