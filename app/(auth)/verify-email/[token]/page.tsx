import type { Metadata } from "next";
import Link from "next/link";
import { EMAIL_VERIFICATION_MESSAGES } from "@/server/email-verification/rules";
import { serverCaller } from "@/server/trpc/server-caller";

export const metadata: Metadata = { title: "Verify email" };

/**
 * Opening the emailed link verifies the address: the link reaching its reader is the proof, so
 * there is nothing more to ask (and the link may be opened on a phone that is not signed in).
 */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { verified } = await (await serverCaller()).emailVerification.verify({ token }).catch(() => ({ verified: false }));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Verify email</h1>
      {verified ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {EMAIL_VERIFICATION_MESSAGES.verified}
        </p>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {EMAIL_VERIFICATION_MESSAGES.invalidLink}
        </p>
      )}
      <Link className="text-sm font-medium text-brand-600 hover:underline" href="/overview">
        Go to the console
      </Link>
    </div>
  );
}
