import { DEFAULT_RULE_PROPAGATION_SECONDS } from "./rules";

/**
 * How long a switch from Test Mode to Official Release takes to apply: about 5 minutes, as in
 * Captcha 2.0. RULE_PROPAGATION_SECONDS shortens it (the end-to-end tests use a few seconds).
 */
export function rulePropagationMs(): number {
  const configured = Number(process.env.RULE_PROPAGATION_SECONDS);
  const seconds = Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_RULE_PROPAGATION_SECONDS;
  return seconds * 1000;
}
