"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { trpc } from "@/app/_trpc/client";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { PASSWORD_MIN_LENGTH } from "@/server/account/rules";

export function SignUpForm({ returnPath }: { returnPath: string }) {
  const router = useRouter();
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
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <Field label="Email" name="email" type="email" autoComplete="email" required error={fieldErrors?.email?.[0]} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors?.password?.[0]}
      />
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link className="font-medium text-brand-600 hover:underline" href={`/sign-in?callbackUrl=${encodeURIComponent(returnPath)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
