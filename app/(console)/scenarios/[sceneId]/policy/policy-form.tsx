"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FieldFrame, fieldControl } from "@/app/_components/field-frame";
import { SelectField } from "@/app/_components/select-field";
import {
  DEFAULT_POLICY,
  LIMIT_MAX,
  LIMIT_MIN,
  POLICY_FIELDS,
  POLICY_MODE_VALUES,
  URL_VERIFICATION_MAX_LENGTH,
  type PolicyMode,
  type PolicySettings,
} from "@/server/policy/rules";

type LimitField = "ipHourlyLimit" | "ipDailyLimit" | "deviceHourlyLimit" | "deviceDailyLimit";
type SwitchField = "blockEmulatedDevices" | "blockSimulatedClicks";

/** The form keeps what was typed; limits stay text until they are sent. */
export type PolicyFormValues = { mode: PolicyMode; urlVerification: string } & Record<LimitField, string> & Record<SwitchField, boolean>;

export function toPolicyValues(settings: PolicySettings): PolicyFormValues {
  return {
    mode: settings.mode,
    urlVerification: settings.urlVerification ?? "",
    ipHourlyLimit: String(settings.ipHourlyLimit),
    ipDailyLimit: String(settings.ipDailyLimit),
    deviceHourlyLimit: String(settings.deviceHourlyLimit),
    deviceDailyLimit: String(settings.deviceDailyLimit),
    blockEmulatedDevices: settings.blockEmulatedDevices,
    blockSimulatedClicks: settings.blockSimulatedClicks,
  };
}

// Only plain digits count as a number here ("1e3", "0x10" and "-5" do not); anything else is sent
// as NaN so that the server's one message for limits ("Enter a whole number …") explains it.
const toLimit = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function toPolicyInput(values: PolicyFormValues): PolicySettings {
  return {
    mode: values.mode,
    urlVerification: values.urlVerification,
    ipHourlyLimit: toLimit(values.ipHourlyLimit),
    ipDailyLimit: toLimit(values.ipDailyLimit),
    deviceHourlyLimit: toLimit(values.deviceHourlyLimit),
    deviceDailyLimit: toLimit(values.deviceDailyLimit),
    blockEmulatedDevices: values.blockEmulatedDevices,
    blockSimulatedClicks: values.blockSimulatedClicks,
  };
}

/** A labelled on/off checkbox with its explanation, tied together for screen readers. */
function Switch({
  name,
  checked,
  onChange,
  error,
}: {
  name: SwitchField;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const t = useTranslations("policies");
  const label = t(`fields.${name}`);
  const note = t("form.switchNote", { hint: t(`fields.${name}Hint`), state: DEFAULT_POLICY[name] ? t("form.on") : t("form.off") });
  const control = fieldControl(name, note, error);
  return (
    <div className="flex items-start gap-3">
      <input {...control} type="checkbox" className="mt-1 h-4 w-4" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <FieldFrame id={control.id} label={label} hint={note} error={error} />
    </div>
  );
}

/** The fields of "Configure Custom Policy", with the documented defaults and bounds as hints. */
export function PolicyForm({
  initial,
  version,
  readOnly,
  pending,
  fieldErrors,
  formError,
  onSubmit,
  onRestoreDefault,
  onChange,
}: {
  initial: PolicyFormValues;
  /** The version `initial` came from: a save names it, however the page's data moves on meanwhile. */
  version: number;
  readOnly: boolean;
  pending: boolean;
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: ReactNode;
  onSubmit: (values: PolicyFormValues, version: number) => void;
  onRestoreDefault: () => void;
  onChange: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [loadedVersion] = useState(version);
  const t = useTranslations("policies");
  const locale = useLocale();
  const number = (value: number) => value.toLocaleString(locale);
  const modeOptions = POLICY_MODE_VALUES.map((value) => ({ value, label: t(`modes.${value}.label`) }));
  const error = (field: keyof PolicyFormValues) => fieldErrors?.[field]?.[0];
  /** What ties a text field or select to its value in `values`, and to its error. */
  const bind = <K extends Exclude<keyof PolicyFormValues, SwitchField>>(name: K) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => change(name, event.target.value as PolicyFormValues[K]),
    error: error(name),
  });

  function change<K extends keyof PolicyFormValues>(key: K, value: PolicyFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    onChange();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!readOnly) onSubmit(values, loadedVersion);
  }

  const limit = (name: LimitField) => (
    <Field
      label={t(`fields.${name}`)}
      {...bind(name)}
      inputMode="numeric"
      autoComplete="off"
      hint={t("form.limitHint", { min: number(LIMIT_MIN), max: number(LIMIT_MAX), default: number(DEFAULT_POLICY[name]) })}
    />
  );
  /** One subject's two limits, per hour and per day. */
  const limits = (title: string, description: string, hourly: LimitField, daily: LimitField) => (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <p className="text-xs text-slate-500">{description}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {limit(hourly)}
        {limit(daily)}
      </div>
    </div>
  );

  const example = POLICY_FIELDS.urlVerification.example;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} className="space-y-6">
        <SelectField
          label={t("fields.mode")}
          {...bind("mode")}
          options={modeOptions}
          hint={
            <ul className="space-y-0.5">
              {modeOptions.map(({ value, label }) => (
                <li key={value} className={value === values.mode ? "text-slate-800" : undefined}>
                  {t.rich(value === DEFAULT_POLICY.mode ? "form.defaultModeOption" : "form.modeOption", {
                    mode: label,
                    description: t(`modes.${value}.description`),
                    name: (chunks) => <span className="font-medium">{chunks}</span>,
                  })}
                </li>
              ))}
            </ul>
          }
        />

        <Field
          label={t("fields.urlVerification")}
          {...bind("urlVerification")}
          autoComplete="off"
          placeholder={example.value}
          hint={
            <>
              {t("fields.urlVerificationHint")}{" "}
              {t.rich("form.urlExample", { example: example.value, code: (chunks) => <code className="font-mono">{chunks}</code> })}
              {example.matches.map((match, index) => (
                <span key={match}>
                  {index > 0 && (index === example.matches.length - 1 ? t("form.listLastSeparator") : t("form.listSeparator"))}
                  <code className="font-mono">{match}</code>
                </span>
              ))}
              {t("form.urlMaxLength", { max: URL_VERIFICATION_MAX_LENGTH })}
            </>
          }
        />

        {limits(t("form.ipTitle"), t("form.ipDescription"), "ipHourlyLimit", "ipDailyLimit")}
        {limits(t("form.deviceTitle"), t("form.deviceDescription"), "deviceHourlyLimit", "deviceDailyLimit")}

        <div className="space-y-4">
          <Switch
            name="blockEmulatedDevices"
            checked={values.blockEmulatedDevices}
            onChange={(checked) => change("blockEmulatedDevices", checked)}
            error={error("blockEmulatedDevices")}
          />
          <Switch
            name="blockSimulatedClicks"
            checked={values.blockSimulatedClicks}
            onChange={(checked) => change("blockSimulatedClicks", checked)}
            error={error("blockSimulatedClicks")}
          />
        </div>
      </fieldset>

      {formError && <div className="mt-5">{formError}</div>}

      {!readOnly && (
        <div className="mt-6 flex justify-end gap-2 border-t border-slate-200 pt-4">
          <Button variant="secondary" onClick={onRestoreDefault}>
            {t("form.restoreDefault")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t("form.saving") : t("form.save")}
          </Button>
        </div>
      )}
    </form>
  );
}
