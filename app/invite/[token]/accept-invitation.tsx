"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { acceptInvitationAction } from "./actions";

/** Joining is the invited person's choice: nothing happens until they press Accept invitation. */
export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const t = useTranslations("invitation");
  const [error, setError] = useState<string>();
  const [joined, setJoined] = useState(false); // stays disabled while the console opens
  const [pending, startTransition] = useTransition();
  const accept = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await acceptInvitationAction(token);
      if (result.error) return setError(result.error);
      setJoined(true);
      router.replace("/scenarios");
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <Button onClick={accept} disabled={pending || joined} aria-busy={pending || joined}>
        {t("accept")}
      </Button>
    </div>
  );
}
