import type { ActivityCodes } from "./event-log";
import { sharedArray } from "../parallel/shared-memory";

/** Offsets of each case's first event in case order, from the case of every event (length `cases + 1`). */
export function caseOffsets(caseOf: Uint32Array, cases: number): Uint32Array {
  const start = sharedArray(Uint32Array, cases + 1);
  for (let i = 0; i < caseOf.length; i++) start[caseOf[i]! + 1]!++;
  for (let c = 0; c < cases; c++) start[c + 1]! += start[c]!;
  return start;
}

/**
 * A counting sort by case (stable, so file order survives), then a per-case sort by time that
 * falls back to file order for equal timestamps. Cases already in time order (the usual case)
 * are only scanned.
 */
export function canonicalOrder(caseOf: Uint32Array, time: Float64Array, caseStart: Uint32Array): Uint32Array {
  const order = new Uint32Array(caseOf.length);
  const next = caseStart.slice(0, caseStart.length - 1);
  for (let i = 0; i < caseOf.length; i++) order[next[caseOf[i]!]!++] = i;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const from = caseStart[c]!;
    const to = caseStart[c + 1]!;
    if (!isTimeOrdered(order, time, from, to)) {
      order.subarray(from, to).sort((a, b) => time[a]! - time[b]! || a - b);
    }
  }
  return order;
}

function isTimeOrdered(order: Uint32Array, time: Float64Array, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (time[order[i]!]! < time[order[i - 1]!]!) return false;
  return true;
}

/** `target[i] = source[order[i]]` for every i. */
export function permute<T extends ActivityCodes | Int32Array | Float64Array>(source: T, order: Uint32Array, target: T): T {
  for (let i = 0; i < order.length; i++) target[i] = source[order[i]!]!;
  return target;
}
