import type { Metadata } from "next";
import Link from "next/link";
import { getSession } from "@/server/auth/session";
import { INVITATION_MESSAGES } from "@/server/invitation/rules";
import { ROLE_LABELS } from "@/server/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { AcceptInvitation } from "./accept-invitation";

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
  const here = encodeURIComponent(`/invite/${token}`);
  const summary = (
    <p className="text-slate-700">
      {invitation.invitedBy} invited <strong>{invitation.email}</strong> to join <strong>{invitation.organizationName}</strong> as{" "}
      {ROLE_LABELS[invitation.role]}.
    </p>
  );
  if (!session) {
    return (
      <Card>
        {summary}
        <p className="text-sm text-slate-600">Sign in or create an account with {invitation.email} to accept.</p>
        <div className="flex gap-3">
          <Link href={`/sign-in?callbackUrl=${here}`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white">
            Sign in to accept
          </Link>
          <Link href={`/sign-up?callbackUrl=${here}`} className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium">
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
      </Card>
    );
  }
  return (
    <Card>
      {summary}
      <AcceptInvitation token={token} organizationName={invitation.organizationName} />
    </Card>
  );
}
