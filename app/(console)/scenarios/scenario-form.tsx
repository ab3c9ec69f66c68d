"use client";

import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import {
  SCENARIO_NAME_MAX_LENGTH,
  requiresAdditionalChallenge,
  requiresTestResult,
  testResultOptions,
  type AdditionalChallenge,
  type IntegrationMethod,
  type RuleStatus,
  type TestResult,
  type VerificationType,
} from "@/server/scenario/rules";
import { useScenarioLabels } from "./labels";

export interface ScenarioFormValues {
  name: string;
  integrationMethod: IntegrationMethod;
  verificationType: VerificationType;
  additionalChallenge: AdditionalChallenge | "";
  ruleStatus: RuleStatus;
  testResult: TestResult | "";
}

export const NEW_SCENARIO: ScenarioFormValues = {
  name: "",
  integrationMethod: "WEB_H5",
  verificationType: "SLIDER",
  additionalChallenge: "",
  ruleStatus: "OFFICIAL_RELEASE",
  testResult: "",
};

/** What the API takes: fields that do not apply to the chosen type or status are left out. */
export function toScenarioInput(values: ScenarioFormValues) {
  return {
    name: values.name,
    verificationType: values.verificationType,
    additionalChallenge: requiresAdditionalChallenge(values.verificationType) ? values.additionalChallenge || undefined : undefined,
    ruleStatus: values.ruleStatus,
    testResult: requiresTestResult(values.ruleStatus) ? values.testResult || undefined : undefined,
  } as const;
}

/**
 * The fields of "Create Scenario" and "Modify". Additional Challenge appears only for Invisible
 * CAPTCHA and Test Result only in Test Mode, offering exactly the seed's options for the type.
 */
export function ScenarioForm({
  initial,
  mode,
  fieldErrors,
  formError,
  pending,
  onSubmit,
  onCancel,
}: {
  initial: ScenarioFormValues;
  mode: "create" | "modify";
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: React.ReactNode;
  pending: boolean;
  onSubmit: (values: ScenarioFormValues) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const t = useTranslations("scenarios.form");
  const labels = useScenarioLabels();
  const offeredResults = testResultOptions(values.verificationType, values.additionalChallenge || null);

  function change<K extends keyof ScenarioFormValues>(key: K, value: ScenarioFormValues[K]) {
    setValues((current) => {
      const next = { ...current, [key]: value };
      // A test result that the new type no longer offers is cleared rather than kept invisibly.
      const offered = testResultOptions(next.verificationType, next.additionalChallenge || null);
      if (next.testResult && !offered.includes(next.testResult)) next.testResult = "";
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(values);
  }

  const error = (field: string) => fieldErrors?.[field]?.[0];
  /** What ties a field to its value in `values`, and to its error. */
  const bind = <K extends keyof ScenarioFormValues>(name: K) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => change(name, event.target.value as ScenarioFormValues[K]),
    error: error(name),
  });

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field label={t("name")} {...bind("name")} hint={t("nameHint", { max: SCENARIO_NAME_MAX_LENGTH })} autoComplete="off" />

      <SelectField
        label={t("integrationMethod")}
        {...bind("integrationMethod")}
        options={labels.integrationMethodOptions}
        disabled={mode === "modify"}
        hint={
          <div className="space-y-1">
            <ul className="space-y-0.5">
              {labels.integrationMethodOptions.map(({ value, label }) => {
                const { coverage, note } = labels.integrationMethodNote(value);
                return (
                  <li key={value} className={value === values.integrationMethod ? "text-slate-800" : undefined}>
                    {t.rich("methodOption", {
                      method: label,
                      coverage,
                      note,
                      name: (chunks) => <span className="font-medium">{chunks}</span>,
                    })}
                  </li>
                );
              })}
            </ul>
            <p className="text-amber-700">{mode === "create" ? t("methodLockedCreate") : t("methodLockedModify")}</p>
          </div>
        }
      />

      <SelectField
        label={t("verificationType")}
        {...bind("verificationType")}
        options={labels.verificationTypeOptions}
        hint={values.verificationType === "INVISIBLE" ? t("invisiblePopupOnly") : undefined}
      />

      {requiresAdditionalChallenge(values.verificationType) && (
        <SelectField
          label={t("additionalChallenge")}
          {...bind("additionalChallenge")}
          options={labels.additionalChallengeOptions}
          placeholder={t("additionalChallengePlaceholder")}
        />
      )}

      <SelectField
        label={t("ruleStatus")}
        {...bind("ruleStatus")}
        options={labels.ruleStatusOptions}
        hint={
          <>
            {labels.ruleStatusDescription(values.ruleStatus)}
            {mode === "modify" && values.ruleStatus === "OFFICIAL_RELEASE" && initial.ruleStatus === "TEST_MODE" && (
              <span className="block text-amber-700">{t("propagationDelay")}</span>
            )}
          </>
        }
      />

      {requiresTestResult(values.ruleStatus) && (
        <SelectField
          label={t("testResult")}
          {...bind("testResult")}
          options={labels.testResultOptionsOf(offeredResults)}
          placeholder={offeredResults.length ? t("testResultPlaceholder") : t("chooseChallengeFirst")}
        />
      )}

      {formError}

      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("ok")}
        </Button>
      </div>
    </form>
  );
}
