import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/server/auth/session";
import { ProfileView } from "./profile-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  // The console layout has already sent signed-out visitors to sign-in.
  const session = await getSession();
  return <ProfileView email={session?.user.email ?? ""} />;
}
