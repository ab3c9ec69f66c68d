/**
 * How stored counts become the Overview's numbers (and alert rules'): Initialization Requests are
 * "init" calls; Verification Requests every "verify" call, split into Successful CAPTCHAs (T
 * codes) and Intercepted CAPTCHAs (F codes). One definition, so an alert and the Overview agree.
 */
export interface UsageTotals {
  initializations: number;
  verifications: number;
  intercepted: number;
  successful: number;
}

export const emptyTotals = (): UsageTotals => ({ initializations: 0, verifications: 0, intercepted: 0, successful: 0 });

export function addCount(totals: UsageTotals, row: { kind: string; code: string }, count: number) {
  if (row.kind === "init") totals.initializations += count;
  else {
    totals.verifications += count;
    if (row.code.startsWith("T")) totals.successful += count;
    else totals.intercepted += count;
  }
}

/** Intercepted CAPTCHAs as a percentage of Verification Requests; 0 without verifications. */
export const interceptionRate = (totals: UsageTotals) =>
  totals.verifications === 0 ? 0 : (100 * totals.intercepted) / totals.verifications;
