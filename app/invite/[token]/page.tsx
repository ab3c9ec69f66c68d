import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/server/auth/session";
import { invitationPath } from "@/server/invitation/token";
import { abilitiesOf } from "@/app/(console)/members/role-change-question";
import { serverCaller } from "@/server/trpc/server-caller";
import { AcceptInvitation } from "./accept-invitation";
import { SwitchAccount } from "./switch-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title") };
}

async function Card({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("invitation");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {children}
      </div>
    </main>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await serverCaller();
  const invitation = await caller.invitation.describe({ token }).catch(() => ({ status: "unknown" as const }));
  const translate = await getTranslations();
  const t = await getTranslations("invitation");
  if (invitation.status !== "pending") {
    return (
      <Card>
        <p role="alert" className="text-slate-700">
          {t(`statuses.${invitation.status}`)}
        </p>
        <Link href="/overview" className="text-sm font-medium text-brand-600 hover:underline">
          {t("toConsole")}
        </Link>
      </Card>
    );
  }

  const session = await getSession();
  const here = invitationPath(token);
  // What joining means, before anyone decides: where, with which role, and what that role may do.
  const summary = (
    <>
      <p className="text-slate-700">
        {t.rich("summary", {
          invitedBy: invitation.invitedBy,
          email: invitation.email,
          organization: invitation.organizationName,
          role: translate(`roles.${invitation.role}`),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("organization")}</dt>
        <dd className="font-medium">{invitation.organizationName}</dd>
        <dt className="text-slate-600">{t("role")}</dt>
        <dd className="font-medium">{translate(`roles.${invitation.role}`)}</dd>
      </dl>
      <div className="text-sm text-slate-700">
        <p id="role-abilities">{t("abilities", { role: translate(`permissions.aRole.${invitation.role}`) })}</p>
        <ul aria-labelledby="role-abilities" className="mt-1 list-disc space-y-0.5 pl-5">
          {abilitiesOf(translate, invitation.role).map((ability) => (
            <li key={ability}>{ability}</li>
          ))}
        </ul>
      </div>
    </>
  );
  if (!session) {
    const returnTo = encodeURIComponent(here);
    return (
      <Card>
        {summary}
        <p className="text-sm text-slate-600">{t("signInFirst", { email: invitation.email })}</p>
        <div className="flex gap-3">
          <Link href={`/sign-in?callbackUrl=${returnTo}`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
            {t("signIn")}
          </Link>
          <Link href={`/sign-up?callbackUrl=${returnTo}`} className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium">
            {t("signUp")}
          </Link>
        </div>
      </Card>
    );
  }
  if (session.user.email.toLowerCase() !== invitation.email) {
    return (
      <Card>
        {summary}
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t("wrongEmail", { email: invitation.email, current: session.user.email })}
        </p>
        <SwitchAccount invitationPath={here} />
      </Card>
    );
  }
  return (
    <Card>
      {summary}
      <AcceptInvitation token={token} />
    </Card>
  );
}
