import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MembersView } from "./members-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default function MembersPage() {
  return <MembersView />;
}
