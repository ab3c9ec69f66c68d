import type { Metadata } from "next";
import Link from "next/link";
import { PASSWORD_RESET_MESSAGES } from "@/server/password-reset/rules";
import { serverCaller } from "@/server/trpc/server-caller";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  const { emailConfigured } = await (await serverCaller()).passwordReset.availability();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Forgot password</h1>
      {emailConfigured ? <ForgotPasswordForm /> : <p className="text-sm text-slate-700">{PASSWORD_RESET_MESSAGES.emailNotConfigured}</p>}
      <p className="text-center text-sm text-slate-600">
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
