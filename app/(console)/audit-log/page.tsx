import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLogView } from "./audit-log-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditLog"))("title") };
}

export default function AuditLogPage() {
  return <AuditLogView />;
}
