"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { PASSWORD_MIN_LENGTH } from "@/server/account/rules";

/** Changing the password signs every other browser out (the server ends their sessions). */
export function ChangePassword() {
  const utils = trpc.useUtils();
  const t = useTranslations("profile.changePassword");
  const change = trpc.account.changePassword.useMutation({ onSuccess: () => utils.account.sessions.invalidate() });
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const fieldErrors = change.error?.data?.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    change.mutate(
      { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") },
      { onSuccess: () => form?.reset() },
    );
  }

  return (
    // POST, and the button waits for the script (the form is set once it runs): a submit before
    // that would be the browser's own GET, with both passwords in the address.
    <form
      ref={setForm}
      method="post"
      onSubmit={onSubmit}
      className="max-w-md space-y-4"
      noValidate
      aria-labelledby="change-password-heading"
    >
      <h2 id="change-password-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <Field
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={fieldErrors?.currentPassword?.[0]}
      />
      <Field
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t("hint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldErrors?.newPassword?.[0]}
      />
      {change.error && !fieldErrors && <FormAlert>{change.error.message}</FormAlert>}
      {change.isSuccess && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {t("done")}
        </p>
      )}
      <Button type="submit" disabled={change.isPending || !form}>
        {t("submit")}
      </Button>
    </form>
  );
}
