"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { trpc } from "@/app/_trpc/client";
import { isLocale, LANGUAGE_COOKIE, LOCALE_NAMES, LOCALES } from "@/i18n/locales";

/**
 * The console's language. Signed in, the choice is saved on the account (it follows the person to
 * other browsers); in any case this browser remembers it in a cookie, for the pages before sign-in.
 */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const save = trpc.account.setLanguage.useMutation();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-500">{t("language")}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLocale(language)) return;
          startTransition(async () => {
            if (signedIn) await save.mutateAsync({ language });
            // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie; the Cookie Store API is not in every browser we serve
            document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
            router.refresh();
          });
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
