import Link from "next/link";
import { useTranslations } from "next-intl";

/** A used or expired link, and the way to a new one. */
export function ExpiredResetLink() {
  const t = useTranslations("auth.resetPassword");
  return (
    <>
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
        {t("invalidLink")}
      </p>
      <Link className="text-sm font-medium text-brand-600 hover:underline" href="/forgot-password">
        {t("newLink")}
      </Link>
    </>
  );
}
