import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const { emailConfigured } = await (await serverCaller()).passwordReset.availability();
  const t = await getTranslations("auth.forgotPassword");
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {emailConfigured ? <ForgotPasswordForm /> : <p className="text-sm text-slate-700">{t("emailNotConfigured")}</p>}
      <p className="text-center text-sm text-slate-600">
        <Link className="font-medium text-brand-600 hover:underline" href="/sign-in">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
