/** Small numeric helpers for the behaviour features. Pure, allocation-light, NaN-free on empty input. */

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return sum / values.length;
}

export function standardDeviation(values: readonly number[]): number {
  return Math.sqrt(variance(values));
}

/** Linear-interpolated quantile, q in [0, 1]. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Differences between neighbours: [b-a, c-b, ...]. */
export function differences(values: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < values.length; i++) result.push(values[i] - values[i - 1]);
  return result;
}

/** Least-squares line y = a + b·x and the standard deviation of what it leaves. */
export function linearFit(xs: readonly number[], ys: readonly number[]): { intercept: number; slope: number; residual: number } {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return { intercept: ys[0] ?? 0, slope: 0, residual: 0 };
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (ys[i] - intercept - slope * xs[i]) ** 2;
  return { intercept, slope, residual: Math.sqrt(sum / n) };
}

/**
 * How "white" a wandering signal is: mean squared step over twice the variance. Independent noise
 * added to each point gives about 1; a hand's drift, which moves little between neighbouring
 * samples, gives far less. 0 when the signal does not move.
 */
export function roughness(values: readonly number[]): number {
  const spread = variance(values);
  if (values.length < 3 || spread === 0) return 0;
  let sum = 0;
  for (let i = 1; i < values.length; i++) sum += (values[i] - values[i - 1]) ** 2;
  return sum / (values.length - 1) / (2 * spread);
}
