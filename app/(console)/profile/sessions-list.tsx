"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";
import { DataTable } from "@/app/_components/data-table";
import { trpc } from "@/app/_trpc/client";
import { deviceLabel } from "./device-label";

/** Every browser signed in to this account, with a way to end each one or all of them. */
export function SessionsList() {
  const utils = trpc.useUtils();
  const t = useTranslations("profile.sessions");
  const locale = useLocale();
  const when = (date: Date) => date.toLocaleString(locale);
  const words = { both: (browser: string, system: string) => t("device", { browser, system }), unknown: t("unknownDevice") };
  const label = (userAgent: string) => deviceLabel(userAgent, words);
  const sessions = trpc.account.sessions.useQuery();
  const end = trpc.account.endSession.useMutation({ onSuccess: () => utils.account.sessions.invalidate() });
  const everywhere = trpc.account.signOutEverywhere.useMutation({ onSuccess: () => signOut({ callbackUrl: "/sign-in" }) });

  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <Button variant="secondary" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          {t("signOutEverywhere")}
        </Button>
      </div>
      <DataTable columns={(["device", "address", "signedIn", "lastSeen", "actions"] as const).map((column) => t(`columns.${column}`))}>
        {sessions.data?.map((session) => (
          <tr key={session.id}>
            <td className="px-4 py-3">{label(session.userAgent)}</td>
            <td className="px-4 py-3 font-mono text-slate-700">{session.address || t("unknown")}</td>
            <td className="px-4 py-3 text-slate-700">{when(session.createdAt)}</td>
            <td className="px-4 py-3 text-slate-700">{when(session.lastSeenAt)}</td>
            <td className="px-4 py-3">
              {session.current ? (
                <span className="text-slate-700">{t("thisBrowser")}</span>
              ) : (
                <Button
                  variant="ghost"
                  onClick={() => end.mutate({ sessionId: session.id })}
                  aria-label={t("signOutOne", { device: label(session.userAgent), address: session.address || t("unknown") })}
                >
                  {t("signOut")}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
