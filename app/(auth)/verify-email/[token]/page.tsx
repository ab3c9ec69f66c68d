import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "@/server/trpc/server-caller";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verifyEmail"))("title") };
}

/**
 * Opening the emailed link verifies the address: the link reaching its reader is the proof, so
 * there is nothing more to ask (and the link may be opened on a phone that is not signed in).
 */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.verifyEmail");
  const { verified } = await (await serverCaller()).emailVerification.verify({ token }).catch(() => ({ verified: false }));
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {verified ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("verified")}
        </p>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t("invalidLink")}
        </p>
      )}
      <Link className="text-sm font-medium text-brand-600 hover:underline" href="/overview">
        {t("toConsole")}
      </Link>
    </div>
  );
}
