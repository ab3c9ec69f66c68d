"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
      {t("signOut")}
    </Button>
  );
}
