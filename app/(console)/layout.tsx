import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/app/_components/language-switcher";
import { getSession } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { signInOptions } from "@/server/sso/config";
import { ssoBlocks } from "@/server/sso/rules";
import { CreateOrganization } from "./create-organization";
import { loadOrganizations } from "./current-organization";
import { Navigation } from "./navigation";
import { OrganizationProvider } from "./organization-context";
import { OrganizationSwitcher } from "./organization-switcher";
import { SignOutButton } from "./sign-out-button";
import { VerifyEmailBanner } from "./verify-email-banner";
import { SsoRequired } from "./sso-required";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  const path = (await headers()).get("x-request-path") ?? "/overview";
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  // The profile belongs to the person, not to an organization: it opens without one too.
  const personal = path === "/profile" || path.startsWith("/profile?");
  const { organizations, current } = await loadOrganizations();
  const verification = await (await serverCaller()).emailVerification.status();
  const t = await getTranslations();
  const ssoName = signInOptions().sso;
  const ssoRequired =
    current && ssoName && ssoBlocks({ requireSso: current.requireSso, oidcConfigured: true, signInMethod: session.user.signInMethod });

  return (
    <div className="flex min-h-screen">
      <aside className="w-56 shrink-0 border-r border-slate-200 bg-white p-4">
        <p className="mb-6 px-3 text-lg font-semibold text-brand-700">{t("shell.productName")}</p>
        <Navigation role={current?.role} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <div className="flex items-center gap-2">
            {current && <OrganizationSwitcher organizations={organizations} currentId={current.id} />}
            <CreateOrganization />
          </div>
          <div className="flex items-center gap-3 text-sm">
            <LanguageSwitcher signedIn />
            {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names the value it holds; axe accepts it (e2e/accessibility.spec.ts) */}
            <span aria-label={t("shell.signedInAs")}>
              {session.user.email}
              {current && <span className="ml-1 text-slate-600">({t(`roles.${current.role}`)})</span>}
            </span>
            <Link href="/profile" className="font-medium text-brand-700 hover:underline">
              {t("shell.profile")}
            </Link>
            <SignOutButton />
          </div>
        </header>
        {!verification.verified && <VerifyEmailBanner email={verification.email} />}
        <main className="flex-1 p-6">
          {personal ? (
            children
          ) : current && ssoRequired && ssoName ? (
            <SsoRequired organizationName={current.name} providerName={ssoName} returnPath={path} />
          ) : current ? (
            <OrganizationProvider value={{ ...current, me: session.user, ssoProvider: ssoName }}>{children}</OrganizationProvider>
          ) : (
            <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t("shell.noOrganization")}</p>
          )}
        </main>
      </div>
    </div>
  );
}
