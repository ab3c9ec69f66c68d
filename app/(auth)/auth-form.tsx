"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Button } from "@/app/_components/button";
import { FormAlert } from "@/app/_components/form-alert";

/** Each form's way to the other one; its texts are the messages' auth.signIn / auth.signUp. */
const OTHER_PATH = { signIn: "/sign-up", signUp: "/sign-in" } as const;

/** What Sign in and Create account share: title, fields, the error, the button and the way to the other one. */
export function AuthForm({
  form,
  pending,
  error,
  returnPath,
  onSubmit,
  children,
}: {
  form: keyof typeof OTHER_PATH;
  pending: boolean;
  error?: string;
  returnPath: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const t = useTranslations(`auth.${form}`);
  // Before the script has loaded, a submit would be the browser's own: a GET that puts the email
  // and password in the address bar, the history and the server's logs. The button waits for the
  // script (Enter does too: a form whose button is disabled is not submitted), and the form says
  // POST in case anything submits it anyway.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {children}
      {error && <FormAlert>{error}</FormAlert>}
      <Button type="submit" className="w-full" disabled={pending || !ready}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("question")}{" "}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={`${OTHER_PATH[form]}?callbackUrl=${encodeURIComponent(returnPath)}`}
        >
          {t("link")}
        </Link>
      </p>
    </form>
  );
}
