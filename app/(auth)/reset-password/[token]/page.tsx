import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller";
import { ExpiredResetLink } from "./expired-reset-link";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Set a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await (await serverCaller()).passwordReset.describe({ token }).catch(() => ({ usable: false as const }));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Set a new password</h1>
      {reset.usable ? <ResetPasswordForm token={token} email={reset.email} /> : <ExpiredResetLink />}
    </div>
  );
}
