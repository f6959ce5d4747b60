/**
 * The `q` quantile of ascending-sorted `values[from..to)` with linear interpolation between
 * closest ranks (numpy's default), so the median of an even count is the mean of the two middle
 * values. NaN for an empty range.
 *
 * @example quantileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileOfSorted(values: ArrayLike<number>, q: number, from = 0, to = values.length): number {
  const n = to - from;
  if (n <= 0) return Number.NaN;
  // Rounded so that e.g. 3 × 0.9 lands on 2.7, not 2.7000000000000002.
  const position = Math.round((n - 1) * q * 1e9) / 1e9;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = values[from + lower]!;
  return lower === upper ? low : low + (values[from + upper]! - low) * (position - lower);
}

/** Sorts a copy of `values` and returns its `q` quantile (NaN when empty). */
export function quantile(values: ArrayLike<number>, q: number): number {
  return quantileOfSorted(Float64Array.from(values).sort(), q);
}
