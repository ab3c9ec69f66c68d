"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
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
      <DataTable columns={["Device", "Address", "Signed in", "Last seen", "Actions"]}>
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
                <Button
                  variant="ghost"
                  onClick={() => end.mutate({ sessionId: session.id })}
                  aria-label={`Sign out ${deviceLabel(session.userAgent)} (${session.address || "unknown"})`}
                >
                  Sign out
                </Button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
