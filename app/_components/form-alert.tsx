import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";

/** A form's error that belongs to no single field, announced when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {children}
    </div>
  );
}

function ReloadButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("common");
  return (
    <Button variant="secondary" className="ml-3" onClick={onClick}>
      {t("reload")}
    </Button>
  );
}

/** An error from the API as forms read it (the format of server/trpc/init.ts). */
type ApiError = { message: string; data?: { code?: string; fieldErrors?: Record<string, string[]> } | null } | null | undefined;

/**
 * A failed save split the way forms show it: the field errors next to their inputs, or else one
 * alert for the form, with Reload when someone else changed the record meanwhile (`reload` given).
 */
export function formErrorsOf(error: ApiError, reload?: () => void) {
  const fieldErrors = error?.data?.fieldErrors ?? undefined;
  if (!error || fieldErrors) return { fieldErrors, formError: undefined };
  const formError = (
    <FormAlert>
      {error.message}
      {reload && error.data?.code === "CONFLICT" && <ReloadButton onClick={reload} />}
    </FormAlert>
  );
  return { fieldErrors, formError };
}
