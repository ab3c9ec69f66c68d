"use client";

import Link from "next/link";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Button } from "@/app/_components/button";
import { FormAlert } from "@/app/_components/form-alert";

/** Each form's texts: its title, its button (and while sending), and the way to the other form. */
const FORMS = {
  signIn: {
    title: "Sign in",
    submit: ["Sign in", "Signing in…"],
    other: { question: "New here?", path: "/sign-up", link: "Create an account" },
  },
  signUp: {
    title: "Create your account",
    submit: ["Create account", "Creating account…"],
    other: { question: "Already have an account?", path: "/sign-in", link: "Sign in" },
  },
} as const;

/** What Sign in and Create account share: title, fields, the error, the button and the way to the other one. */
export function AuthForm({
  form,
  pending,
  error,
  returnPath,
  onSubmit,
  children,
}: {
  form: keyof typeof FORMS;
  pending: boolean;
  error?: string;
  returnPath: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { title, submit, other } = FORMS[form];
  // Before the script has loaded, a submit would be the browser's own: a GET that puts the email
  // and password in the address bar, the history and the server's logs. The button waits for the
  // script (Enter does too: a form whose button is disabled is not submitted), and the form says
  // POST in case anything submits it anyway.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">{title}</h1>
      {children}
      {error && <FormAlert>{error}</FormAlert>}
      <Button type="submit" className="w-full" disabled={pending || !ready}>
        {pending ? submit[1] : submit[0]}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {other.question}{" "}
        <Link className="font-medium text-brand-600 hover:underline" href={`${other.path}?callbackUrl=${encodeURIComponent(returnPath)}`}>
          {other.link}
        </Link>
      </p>
    </form>
  );
}
