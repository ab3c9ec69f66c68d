import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/server/auth/session";
import { safeReturnPath } from "../return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnPath = safeReturnPath((await searchParams).callbackUrl);
  if (await getSession()) redirect(returnPath);
  return <SignInForm returnPath={returnPath} />;
}
