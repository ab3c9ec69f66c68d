import type { Metadata } from "next";
import { getSession } from "@/server/auth/session";
import { ProfileView } from "./profile-view";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  // The console layout has already sent signed-out visitors to sign-in.
  const session = await getSession();
  return <ProfileView email={session?.user.email ?? ""} />;
}
