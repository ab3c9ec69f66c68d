import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/server/auth/session";
import { safeReturnPath } from "../return-path";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnPath = safeReturnPath((await searchParams).callbackUrl);
  if (await getSession()) redirect(returnPath);
  return <SignUpForm returnPath={returnPath} />;
}
