import { useTranslations } from "next-intl";
import { SsoButton } from "@/app/_components/sso-button";

/**
 * Shown instead of an organization's pages when it requires single sign-on and this session was
 * started with a password (the API refuses such sessions too: server/trpc/procedures.ts).
 */
export function SsoRequired({
  organizationName,
  providerName,
  returnPath,
}: {
  organizationName: string;
  providerName: string;
  returnPath: string;
}) {
  const t = useTranslations("notices.ssoRequired");
  return (
    <section aria-labelledby="sso-required-heading" className="max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 id="sso-required-heading" className="text-xl font-semibold">
        {t("heading")}
      </h1>
      <p className="text-sm text-slate-700">{t("text", { organization: organizationName, provider: providerName })}</p>
      <div className="max-w-xs">
        <SsoButton providerName={providerName} returnPath={returnPath} />
      </div>
    </section>
  );
}
