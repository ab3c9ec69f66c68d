"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import type { Role } from "@/server/permissions";
import { switchOrganization } from "./actions";

export function OrganizationSwitcher({
  organizations,
  currentId,
}: {
  organizations: { id: string; name: string; role: Role }[];
  currentId: string;
}) {
  const router = useRouter();
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const current = organizations.find((organization) => organization.id === currentId);

  if (organizations.length < 2) {
    return (
      <p className="text-sm">
        <span className="text-slate-500">{t("shell.organizationPrefix")}</span>
        <span className="font-medium">{current?.name}</span>
      </p>
    );
  }
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-500">{t("shell.organization")}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={currentId}
        disabled={pending}
        onChange={(event) => {
          const id = event.target.value;
          startTransition(async () => {
            await switchOrganization(id);
            router.refresh();
          });
        }}
      >
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name} ({t(`roles.${organization.role}`)})
          </option>
        ))}
      </select>
    </label>
  );
}
