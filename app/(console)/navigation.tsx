"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Role } from "@/server/permissions";
import { linksFor } from "./navigation-links";

/** The console's pages the current role can use; `role` is undefined without an organization. */
export function Navigation({ role }: { role: Role | undefined }) {
  const pathname = usePathname();
  const t = useTranslations("navigation");
  return (
    <nav aria-label={t("label")} className="space-y-1">
      {linksFor(role).map(({ href, label }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`block rounded-md px-3 py-2 text-sm font-medium ${
              active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"
            }`}
          >
            {t(label)}
          </Link>
        );
      })}
    </nav>
  );
}
