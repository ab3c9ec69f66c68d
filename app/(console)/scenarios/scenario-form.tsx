"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { SelectField } from "@/app/_components/select-field";
import {
  INTEGRATION_METHODS,
  RULE_STATUSES,
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
import {
  additionalChallengeOptions,
  integrationMethodOptions,
  ruleStatusOptions,
  testResultOptionsOf,
  verificationTypeOptions,
} from "./labels";

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
      <Field
        label="Scenario Name"
        {...bind("name")}
        hint={`1–${SCENARIO_NAME_MAX_LENGTH} characters: Chinese characters, letters, digits and underscores (_).`}
        autoComplete="off"
      />

      <SelectField
        label="Integration Method"
        {...bind("integrationMethod")}
        options={integrationMethodOptions}
        disabled={mode === "modify"}
        hint={
          <div className="space-y-1">
            <ul className="space-y-0.5">
              {integrationMethodOptions.map(({ value, label }) => (
                <li key={value} className={value === values.integrationMethod ? "text-slate-800" : undefined}>
                  <span className="font-medium">{label}</span> ({INTEGRATION_METHODS[value].coverage}): {INTEGRATION_METHODS[value].note}
                </li>
              ))}
            </ul>
            <p className="text-amber-700">
              {mode === "create"
                ? "The integration method cannot be changed later. If you choose the wrong one, delete the scenario and create a new one."
                : "The integration method cannot be changed. To use another method, create a new scenario."}
            </p>
          </div>
        }
      />

      <SelectField
        label="Verification Type"
        {...bind("verificationType")}
        options={verificationTypeOptions}
        hint={
          values.verificationType === "INVISIBLE" ? "Invisible CAPTCHA supports pop-up (popup) mode only, not embedded mode." : undefined
        }
      />

      {requiresAdditionalChallenge(values.verificationType) && (
        <SelectField
          label="Additional Challenge"
          {...bind("additionalChallenge")}
          options={additionalChallengeOptions}
          placeholder="Choose the challenge shown when the invisible check fails"
        />
      )}

      <SelectField
        label="Rule Status"
        {...bind("ruleStatus")}
        options={ruleStatusOptions}
        hint={
          <>
            {RULE_STATUSES[values.ruleStatus].description}
            {mode === "modify" && values.ruleStatus === "OFFICIAL_RELEASE" && initial.ruleStatus === "TEST_MODE" && (
              <span className="block text-amber-700">
                A change from Test Mode to Official Release takes effect after a propagation delay (about 5 minutes); the list shows when.
              </span>
            )}
          </>
        }
      />

      {requiresTestResult(values.ruleStatus) && (
        <SelectField
          label="Test Result"
          {...bind("testResult")}
          options={testResultOptionsOf(offeredResults)}
          placeholder={offeredResults.length ? "Choose the result Test Mode returns" : "Choose the additional challenge first"}
        />
      )}

      {formError}

      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "OK"}
        </Button>
      </div>
    </form>
  );
}
