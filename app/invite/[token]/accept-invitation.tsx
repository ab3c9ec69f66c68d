"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { acceptInvitationAction } from "./actions";

/** Opening a valid link as the invited person joins at once; then the shared scenarios open. */
export function AcceptInvitation({ token, organizationName }: { token: string; organizationName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // React may run effects twice in development
    started.current = true;
    acceptInvitationAction(token).then(({ error }) => {
      if (error) setError(error);
      else {
        router.replace("/scenarios");
        router.refresh();
      }
    });
  }, [token, router]);
  return error ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {error}
    </p>
  ) : (
    <p role="status" className="text-sm text-slate-700">
      Joining {organizationName}…
    </p>
  );
}
