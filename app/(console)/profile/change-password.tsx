"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormAlert } from "@/app/_components/form-alert";
import { trpc } from "@/app/_trpc/client";
import { PASSWORD_MIN_LENGTH } from "@/server/account/rules";

/** Changing the password signs every other browser out (the server ends their sessions). */
export function ChangePassword() {
  const utils = trpc.useUtils();
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
        Change password
      </h2>
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={fieldErrors?.currentPassword?.[0]}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Your other browsers will be signed out.`}
        error={fieldErrors?.newPassword?.[0]}
      />
      {change.error && !fieldErrors && <FormAlert>{change.error.message}</FormAlert>}
      {change.isSuccess && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Password changed. Your other browsers have been signed out.
        </p>
      )}
      <Button type="submit" disabled={change.isPending || !form}>
        Change password
      </Button>
    </form>
  );
}
