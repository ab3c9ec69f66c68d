import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScenariosView } from "./scenarios-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scenarios"))("title") };
}

export default function ScenariosPage() {
  return <ScenariosView />;
}
