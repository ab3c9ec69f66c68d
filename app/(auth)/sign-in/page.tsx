import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { getSession } from "@/server/auth/session";
import { signInOptions } from "@/server/sso/config";
import { safeReturnPath } from "../return-path";
import { SsoButton } from "@/app/_components/sso-button";
import { signInErrorKey } from "./error-code";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string | string[] }> }) {
  const params = await searchParams;
  const returnPath = safeReturnPath(params.callbackUrl);
  if (await getSession()) redirect(returnPath);
  const options = signInOptions();
  // A failed single sign-on comes back here with NextAuth's ?error=<code>.
  const errorKey = signInErrorKey(params.error);
  const error = errorKey && (await getTranslations("auth.errors"))(errorKey);
  const t = await getTranslations("auth.signIn");
  return (
    <div className="space-y-4">
      {!options.password && <h1 className="text-xl font-semibold">{t("title")}</h1>}
      {error && <FormAlert>{error}</FormAlert>}
      {options.sso && <SsoButton providerName={options.sso} returnPath={returnPath} variant={options.password ? "secondary" : "primary"} />}
      {options.sso && options.password && <p className="text-center text-xs uppercase text-slate-500">{t("orWithEmail")}</p>}
      {options.password && <SignInForm returnPath={returnPath} />}
      {!options.sso && !options.password && <p className="text-sm text-slate-700">{t("nothingConfigured")}</p>}
    </div>
  );
}
