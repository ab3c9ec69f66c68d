"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "@/app/_components/field";
import { AuthForm } from "../auth-form";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      // Without it NextAuth answers with this page's own address, whose ?error= (a refused single
      // sign-on) would read as this sign-in's error.
      callbackUrl: returnPath,
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(returnPath);
      router.refresh();
      return;
    }
    setPending(false);
    // The server's message (wrong credentials or throttled); NextAuth's bare code is never shown.
    setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("signIn.wrongCredentials"));
  }

  return (
    <AuthForm form="signIn" pending={pending} error={error} returnPath={returnPath} onSubmit={onSubmit}>
      <Field label={t("email")} name="email" type="email" autoComplete="email" required />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <p className="text-right text-sm">
        <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
          {t("signIn.forgot")}
        </Link>
      </p>
    </AuthForm>
  );
}
