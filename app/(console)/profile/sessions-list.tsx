"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/app/_components/button";
import { trpc } from "@/app/_trpc/client";
import { deviceLabel } from "./device-label";

const when = (date: Date) => date.toLocaleString();

/** Every browser signed in to this account, with a way to end each one or all of them. */
export function SessionsList() {
  const utils = trpc.useUtils();
  const sessions = trpc.account.sessions.useQuery();
  const end = trpc.account.endSession.useMutation({ onSuccess: () => utils.account.sessions.invalidate() });
  const everywhere = trpc.account.signOutEverywhere.useMutation({ onSuccess: () => signOut({ callbackUrl: "/sign-in" }) });

  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you are signed in
        </h2>
        <Button variant="secondary" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          Sign out everywhere
        </Button>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              {["Device", "Address", "Signed in", "Last seen", "Actions"].map((column) => (
                <th key={column} scope="col" className="px-4 py-3">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sessions.data?.map((session) => (
              <tr key={session.id}>
                <td className="px-4 py-3">{deviceLabel(session.userAgent)}</td>
                <td className="px-4 py-3 font-mono text-slate-700">{session.address || "unknown"}</td>
                <td className="px-4 py-3 text-slate-700">{when(session.createdAt)}</td>
                <td className="px-4 py-3 text-slate-700">{when(session.lastSeenAt)}</td>
                <td className="px-4 py-3">
                  {session.current ? (
                    <span className="text-slate-700">This browser</span>
                  ) : (
                    <Button variant="ghost" onClick={() => end.mutate({ sessionId: session.id })} aria-label={`Sign out ${deviceLabel(session.userAgent)} (${session.address || "unknown"})`}>
                      Sign out
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
