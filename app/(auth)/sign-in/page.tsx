import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FormAlert } from "@/app/_components/form-alert";
import { getSession } from "@/server/auth/session";
import { signInOptions } from "@/server/sso/config";
import { signInErrorMessage } from "@/server/sso/rules";
import { safeReturnPath } from "../return-path";
import { SsoButton } from "@/app/_components/sso-button";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string | string[] }> }) {
  const params = await searchParams;
  const returnPath = safeReturnPath(params.callbackUrl);
  if (await getSession()) redirect(returnPath);
  const options = signInOptions();
  // A failed single sign-on comes back here with NextAuth's ?error=<code>.
  const error = signInErrorMessage(params.error);
  return (
    <div className="space-y-4">
      {!options.password && <h1 className="text-xl font-semibold">Sign in</h1>}
      {error && <FormAlert>{error}</FormAlert>}
      {options.sso && <SsoButton providerName={options.sso} returnPath={returnPath} variant={options.password ? "secondary" : "primary"} />}
      {options.sso && options.password && <p className="text-center text-xs uppercase text-slate-500">or with your email</p>}
      {options.password && <SignInForm returnPath={returnPath} />}
      {!options.sso && !options.password && (
        <p className="text-sm text-slate-700">
          Password sign-in is turned off (OIDC_ONLY) and single sign-on is not configured. Tell your administrator.
        </p>
      )}
    </div>
  );
}
