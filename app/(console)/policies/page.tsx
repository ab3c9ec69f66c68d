import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PoliciesView } from "./policies-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("policies"))("title") };
}

export default function PoliciesPage() {
  return <PoliciesView />;
}
