import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import {
  ADDITIONAL_CHALLENGE_VALUES,
  INTEGRATION_METHOD_VALUES,
  RULE_STATUS_VALUES,
  VERIFICATION_TYPE_VALUES,
  type IntegrationMethod,
  type RuleStatus,
  type TestResult,
  type VerificationType,
} from "@/server/scenario/rules";

/**
 * A scenario's settings by value, named in the page's language (i18n/messages/scenario-values.ts),
 * and the option lists of the selects, in the seed's order (server/scenario/rules.ts).
 */
export function useScenarioLabels() {
  const t = useTranslations("scenarioValues");
  return useMemo(() => {
    const integrationMethod = (value: IntegrationMethod) => t(`integrationMethods.${value}.label`);
    const verificationType = (value: VerificationType) => t(`verificationTypes.${value}.label`);
    const ruleStatus = (value: RuleStatus) => t(`ruleStatuses.${value}.label`);
    const testResult = (value: TestResult) => t(`testResults.${value}.label`);
    const optionsOf = <K extends string>(values: readonly K[], label: (value: K) => string) =>
      values.map((value) => ({ value, label: label(value) }));
    return {
      integrationMethod,
      verificationType,
      ruleStatus,
      testResult,
      integrationMethodNote: (value: IntegrationMethod) => ({
        coverage: t(`integrationMethods.${value}.coverage`),
        note: t(`integrationMethods.${value}.note`),
      }),
      ruleStatusDescription: (value: RuleStatus) => t(`ruleStatuses.${value}.description`),
      integrationMethodOptions: optionsOf(INTEGRATION_METHOD_VALUES, integrationMethod),
      verificationTypeOptions: optionsOf(VERIFICATION_TYPE_VALUES, verificationType),
      ruleStatusOptions: optionsOf(RULE_STATUS_VALUES, ruleStatus),
      additionalChallengeOptions: optionsOf(ADDITIONAL_CHALLENGE_VALUES, verificationType),
      testResultOptionsOf: (values: readonly TestResult[]) => optionsOf(values, testResult),
    };
  }, [t]);
}

/** "14:05": when a pending change takes effect, in the viewer's time zone and the page's language. */
export function clockTime(date: Date, locale: string) {
  return date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** clockTime in the page's language. */
export function useClockTime() {
  const locale = useLocale();
  return (date: Date) => clockTime(date, locale);
}
