"use client";

import { PageHeader } from "@/app/_components/page-header";
import { ChangePassword } from "./change-password";
import { SessionsList } from "./sessions-list";

export function ProfileView({ email }: { email: string }) {
  return (
    <>
      <PageHeader title="Profile" description={<>Signed in as {email}.</>} />
      <div className="space-y-10">
        <ChangePassword />
        <SessionsList />
      </div>
    </>
  );
}
