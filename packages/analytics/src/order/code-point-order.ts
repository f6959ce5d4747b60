/**
 * Compares strings by Unicode code point (not UTF-16 code unit, which misorders characters
 * beyond U+FFFF against U+E000–U+FFFF). Every tie-break in query results uses this order.
 *
 * @example ["b", "a", "😀", "\uFB01"].sort(compareCodePoints) // ["a", "b", "\uFB01", "😀"]
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Compares lists element by element in code-point order; a shorter prefix comes first. */
export function compareSequences(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareCodePoints(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
