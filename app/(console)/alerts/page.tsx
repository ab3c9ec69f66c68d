import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertsView } from "./alerts-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("title") };
}

export default function AlertsPage() {
  return <AlertsView />;
}
