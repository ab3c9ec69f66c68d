"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/app/_components/button";

/** "Sign in with {provider}": starts single sign-on, which comes back to `returnPath`. */
export function SsoButton({
  providerName,
  returnPath,
  variant = "primary",
}: {
  providerName: string;
  returnPath: string;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("common.sso");
  const [pending, setPending] = useState(false);
  // Until the script has loaded a click would do nothing: the button waits for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <Button
      variant={variant}
      className="w-full"
      disabled={pending || !ready}
      onClick={() => {
        setPending(true);
        // The OIDC provider's id in server/sso/config.ts (OIDC_PROVIDER_ID).
        void signIn("oidc", { callbackUrl: returnPath });
      }}
    >
      {pending ? t("redirecting") : t("signInWith", { provider: providerName })}
    </Button>
  );
}
