import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { ExpiredResetLink } from "./expired-reset-link";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.resetPassword"))("title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.resetPassword");
  const reset = await (await serverCaller()).passwordReset.describe({ token }).catch(() => ({ usable: false as const }));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {reset.usable ? <ResetPasswordForm token={token} email={reset.email} /> : <ExpiredResetLink />}
    </div>
  );
}
