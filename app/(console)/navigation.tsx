"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/overview", label: "Overview" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/policies", label: "Custom Policy" },
  { href: "/access-keys", label: "Access Keys" },
  { href: "/members", label: "Members" },
  { href: "/audit-log", label: "Audit Log" },
];

export function Navigation() {
  const pathname = usePathname();
  return (
    <nav aria-label="Console" className="space-y-1">
      {LINKS.map(({ href, label }) => {
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
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
