import Link from "next/link";
import { PASSWORD_RESET_MESSAGES } from "@/server/password-reset/rules";

/** A used or expired link, and the way to a new one. */
export function ExpiredResetLink() {
  return (
    <>
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
        {PASSWORD_RESET_MESSAGES.invalidLink}
      </p>
      <Link className="text-sm font-medium text-brand-600 hover:underline" href="/forgot-password">
        Get a new link
      </Link>
    </>
  );
}
