import {
  ADDITIONAL_CHALLENGE_VALUES,
  INTEGRATION_METHODS,
  RULE_STATUSES,
  TEST_RESULTS,
  VERIFICATION_TYPES,
  type IntegrationMethod,
  type RuleStatus,
  type TestResult,
  type VerificationType,
} from "@/server/scenario/rules";

/** Option lists for selects, straight from the seed's tables in server/scenario/rules.ts. */
const optionsOf = <K extends string>(table: Record<K, { label: string }>, keys?: readonly K[]) =>
  (keys ?? (Object.keys(table) as K[])).map((value) => ({ value, label: table[value].label }));

export const integrationMethodOptions = optionsOf(INTEGRATION_METHODS);
export const verificationTypeOptions = optionsOf(VERIFICATION_TYPES);
export const ruleStatusOptions = optionsOf(RULE_STATUSES);
export const testResultOptionsOf = (values: readonly TestResult[]) => optionsOf(TEST_RESULTS, values);
export const additionalChallengeOptions = optionsOf(VERIFICATION_TYPES, ADDITIONAL_CHALLENGE_VALUES);

export const integrationMethodLabel = (value: IntegrationMethod) => INTEGRATION_METHODS[value].label;
export const verificationTypeLabel = (value: VerificationType) => VERIFICATION_TYPES[value].label;
export const ruleStatusLabel = (value: RuleStatus) => RULE_STATUSES[value].label;
export const testResultLabel = (value: TestResult) => TEST_RESULTS[value].label;

/** "14:05": when a pending switch to Official Release takes effect, in the viewer's time zone. */
export function clockTime(date: Date) {
  return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
}
