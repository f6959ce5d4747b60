/**
 * The `q` quantile of `values[0..n)` exactly as `quantileOfSorted` gives it after a sort,
 * found by selection (Hoare's quickselect, expected linear) instead: only the one or two ranks
 * the interpolation reads are put in place. Reorders `values[0..n)`. NaN when `n` is 0.
 *
 * @example selectQuantile(Float64Array.of(4, 1, 3, 2), 4, 0.5) // 2.5
 */
export function selectQuantile(values: Float64Array, n: number, q: number): number {
  if (n <= 0) return Number.NaN;
  return selectAtPosition(values, n, quantilePosition(n, q));
}

/** The fractional rank the `q` quantile of `n` sorted values is read at, rounded as `quantileOfSorted` rounds it. */
export function quantilePosition(n: number, q: number): number {
  return Math.round((n - 1) * q * 1e9) / 1e9;
}

/**
 * The value at fractional rank `position` (0 ≤ position ≤ n - 1) of `values[0..n)` once sorted,
 * interpolated between the two ranks around it with the arithmetic of `quantileOfSorted`.
 * Reorders `values[0..n)`. Used on its own when the values are a slice of a larger set whose
 * lower ranks are known to lie elsewhere (the rank is then shifted by their number).
 */
export function selectAtPosition(values: Float64Array, n: number, position: number): number {
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  select(values, 0, n - 1, lower);
  if (upper !== lower) select(values, lower + 1, n - 1, upper);
  const low = values[lower]!;
  // The same arithmetic as quantileOfSorted, so both give identical numbers.
  return lower === upper ? low : low + (values[upper]! - low) * (position - lower);
}

/** Places the k-th smallest of `a[left..right]` at index k, smaller ones before it, larger after. */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const pivot = a[(left + right) >>> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
