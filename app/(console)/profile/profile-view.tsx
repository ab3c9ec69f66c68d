"use client";

import { useTranslations } from "next-intl";
import { PageHeader } from "@/app/_components/page-header";
import { ChangePassword } from "./change-password";
import { SessionsList } from "./sessions-list";

export function ProfileView({ email }: { email: string }) {
  const t = useTranslations("profile");
  return (
    <>
      <PageHeader title={t("title")} description={t("signedInAs", { email })} />
      <div className="space-y-10">
        <ChangePassword />
        <SessionsList />
      </div>
    </>
  );
}
