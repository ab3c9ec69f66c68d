import { SsoButton } from "@/app/_components/sso-button";

/**
 * Shown instead of an organization's pages when it requires single sign-on and this session was
 * started with a password (the API refuses such sessions too: server/trpc/procedures.ts).
 */
export function SsoRequired({
  organizationName,
  providerName,
  returnPath,
}: {
  organizationName: string;
  providerName: string;
  returnPath: string;
}) {
  return (
    <section aria-labelledby="sso-required-heading" className="max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 id="sso-required-heading" className="text-xl font-semibold">
        This organization requires single sign-on
      </h1>
      <p className="text-sm text-slate-700">
        {organizationName} only opens to members who signed in with {providerName}. You signed in with your password: sign in with{" "}
        {providerName} to continue.
      </p>
      <div className="max-w-xs">
        <SsoButton providerName={providerName} returnPath={returnPath} />
      </div>
    </section>
  );
}
