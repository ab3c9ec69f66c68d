"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";

/** For the wrong account: sign out, or sign out and come back to this invitation after signing in. */
export function SwitchAccount({ invitationPath }: { invitationPath: string }) {
  const t = useTranslations("invitation");
  return (
    <div className="flex gap-3">
      <Button onClick={() => signOut({ callbackUrl: `/sign-in?callbackUrl=${encodeURIComponent(invitationPath)}` })}>
        {t("switchAccount")}
      </Button>
      <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
        {t("signOut")}
      </Button>
    </div>
  );
}
