import type { Metadata } from "next";
import Link from "next/link";
import { getSession } from "@/server/auth/session";
import { INVITATION_MESSAGES } from "@/server/invitation/rules";
import { invitationPath } from "@/server/invitation/token";
import { abilitiesOf, ROLE_LABELS, roleWithArticle } from "@/server/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { AcceptInvitation } from "./accept-invitation";
import { SwitchAccount } from "./switch-account";

export const metadata: Metadata = { title: "Invitation" };

function Card({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Invitation</h1>
        {children}
      </div>
    </main>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await serverCaller();
  const invitation = await caller.invitation.describe({ token }).catch(() => ({ status: "unknown" as const }));
  if (invitation.status !== "pending") {
    return (
      <Card>
        <p role="alert" className="text-slate-700">
          {INVITATION_MESSAGES[invitation.status]}
        </p>
        <Link href="/overview" className="text-sm font-medium text-brand-600 hover:underline">
          Go to the console
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
        {invitation.invitedBy} invited <strong>{invitation.email}</strong> to join <strong>{invitation.organizationName}</strong> as{" "}
        {ROLE_LABELS[invitation.role]}.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Organization</dt>
        <dd className="font-medium">{invitation.organizationName}</dd>
        <dt className="text-slate-600">Role</dt>
        <dd className="font-medium">{ROLE_LABELS[invitation.role]}</dd>
      </dl>
      <div className="text-sm text-slate-700">
        <p id="role-abilities">As {roleWithArticle(invitation.role)} you will be able to:</p>
        <ul aria-labelledby="role-abilities" className="mt-1 list-disc space-y-0.5 pl-5">
          {abilitiesOf(invitation.role).map((ability) => (
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
        <p className="text-sm text-slate-600">Sign in or create an account with {invitation.email} to accept.</p>
        <div className="flex gap-3">
          <Link href={`/sign-in?callbackUrl=${returnTo}`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
            Sign in to accept
          </Link>
          <Link href={`/sign-up?callbackUrl=${returnTo}`} className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium">
            Create an account
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
          {INVITATION_MESSAGES.wrongEmail(invitation.email)} You are signed in as {session.user.email}.
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
