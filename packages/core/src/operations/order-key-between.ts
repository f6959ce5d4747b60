import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Raised by `orderKeyBetween` when no key lies between the two given (equal, reversed or malformed keys). */
export class OrderKeyError extends Error {
  override readonly name = "OrderKeyError";
  readonly code = "order_key_invalid";
}

/**
 * A fractional-index key sorting strictly between `a` and `b`; either end may be absent (the
 * start or the end of the list). Keys are base-62 strings ordered by plain string comparison,
 * the same comparison `byOrder` uses.
 *
 * @example
 * const first = orderKeyBetween();          // "a0"
 * const second = orderKeyBetween(first);     // "a1"
 * orderKeyBetween(first, second);            // "a0V"
 */
export function orderKeyBetween(a?: string | null, b?: string | null): string {
  if (a != null && b != null && a >= b) throw new OrderKeyError(`no order key lies between ${a} and ${b}`);
  try {
    return generateKeyBetween(a ?? null, b ?? null);
  } catch (e) {
    throw new OrderKeyError(e instanceof Error ? e.message : String(e));
  }
}

/** `n` evenly spread keys in increasing order, for re-keying a whole list of siblings. */
export function freshOrderKeys(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}
