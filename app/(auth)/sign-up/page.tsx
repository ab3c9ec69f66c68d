import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSession } from "@/server/auth/session";
import { signInOptions } from "@/server/sso/config";
import { safeReturnPath } from "../return-path";
import { SsoButton } from "@/app/_components/sso-button";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnPath = safeReturnPath((await searchParams).callbackUrl);
  if (await getSession()) redirect(returnPath);
  const options = signInOptions();
  if (options.password) return <SignUpForm returnPath={returnPath} />;
  const t = await getTranslations("auth.signUp");
  // OIDC_ONLY: accounts come from single sign-on (its first sign-in creates one).
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("off")}</p>
      {options.sso && <SsoButton providerName={options.sso} returnPath={returnPath} />}
    </div>
  );
}
