import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessKeysView } from "./access-keys-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessKeys"))("title") };
}

export default function AccessKeysPage() {
  return <AccessKeysView />;
}
