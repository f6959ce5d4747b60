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

/**
 * Places the k-th smallest of `a[left..right]` at index k, smaller ones before it, larger after:
 * Floyd and Rivest's SELECT (CACM 18(3), 1975) — on a range of more than 600 values it first
 * selects within a small sample around k's expected place, so the partition that follows
 * mostly leaves a short range: about 1.5 comparisons per value where quickselect takes 3 or so.
 */
function select(a: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      select(a, Math.max(left, Math.floor(k - (i * s) / n + sd)), Math.min(right, Math.floor(k + ((n - i) * s) / n + sd)), k);
    }
    const pivot = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > pivot) swap(a, left, right);
    while (i < j) {
      swap(a, i++, j--);
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
    }
    if (a[left] === pivot) swap(a, left, j);
    else swap(a, ++j, right);
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
