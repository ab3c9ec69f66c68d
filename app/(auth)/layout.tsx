import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { getSession } from "@/server/auth/session";

/** The pages before sign-in. The language switcher is here too, so a visitor chooses before signing in (a cookie keeps it). */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("shell");
  // Some of these pages open signed in (a verification link): then the choice is saved on the account too.
  const signedIn = Boolean(await getSession());
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
          <p className="text-lg font-semibold text-brand-700">{t("productName")}</p>
          <LanguageSwitcher signedIn={signedIn} />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
