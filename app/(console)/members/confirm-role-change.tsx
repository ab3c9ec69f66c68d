"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormAlert } from "@/app/_components/form-alert";

/** One person the change affects, named, with what their new role lets them do and what it takes away. */
export interface RoleChangeEffect {
  /** How the dialog names them: an email, or "You (email)". */
  who: string;
  abilities: string[];
  lost?: string[];
}

function Abilities({ heading, items }: { heading: string; items: string[] }) {
  const id = useId();
  return (
    <div>
      <p id={id} className="font-medium">
        {heading}
      </p>
      <ul aria-labelledby={id} className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Asks before a role change that is hard to take back (ownership, one's own role): Cancel comes
 * first, so it is what the dialog focuses and what Enter does unless the person moves on purpose.
 */
export function ConfirmRoleChange({
  title,
  effects,
  note,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  effects: RoleChangeEffect[];
  note?: string;
  confirmLabel: string;
  pending: boolean;
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("members.roleChange");
  const common = useTranslations("common");
  return (
    <Dialog title={title} onClose={onCancel}>
      <div className="space-y-4 text-sm text-slate-700">
        {effects.map((effect) => (
          <div key={effect.who} className="space-y-3">
            <Abilities heading={t("willBeAbleTo", { who: effect.who })} items={effect.abilities} />
            {effect.lost && effect.lost.length > 0 && (
              <Abilities heading={t("willNoLongerBeAbleTo", { who: effect.who })} items={effect.lost} />
            )}
          </div>
        ))}
        {note && <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">{note}</p>}
        {error && <FormAlert>{error}</FormAlert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            {common("cancel")}
          </Button>
          <Button onClick={onConfirm} disabled={pending}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
