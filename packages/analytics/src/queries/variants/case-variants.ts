import { derivedIndex } from "../../log/derived-index";
import type { ActivityCodes, EventLog } from "../../log/event-log";

/** Distinct activity sequences: `caseVariant[c]` indexes `sequences`, `counts` holds cases per variant. */
export interface CaseVariants {
  sequences: ActivityCodes[];
  counts: number[];
  caseVariant: Uint32Array;
}

/**
 * Groups cases by their activity sequence in one pass; variants are numbered in the order of the
 * first case showing them, and `sequences[v]` is that case's slice of `log.activity`. Cached on
 * the log (callers must not change it).
 */
export function caseVariants(log: EventLog): CaseVariants {
  return derivedIndex(log, "variants/case-variants", groupCaseVariants);
}

/**
 * Each case's sequence is hashed into two 32-bit lanes; an open-addressing table of variant ids
 * (typed arrays, nothing allocated per case) finds the candidate, and equal hashes are still
 * verified element by element, so a collision can never merge two variants.
 */
function groupCaseVariants(log: EventLog): CaseVariants {
  const { caseStart, activity } = log;
  const cases = caseStart.length - 1;
  let size = 16;
  while (size < cases * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const hashA = new Uint32Array(cases);
  const hashB = new Uint32Array(cases);
  const firstCase = new Uint32Array(cases);
  const count = new Uint32Array(cases);
  const caseVariant = new Uint32Array(cases);
  let variants = 0;
  for (let c = 0; c < cases; c++) {
    const s = caseStart[c]!;
    const e = caseStart[c + 1]!;
    let a = 0x811c9dc5 ^ (e - s);
    let b = Math.imul(e - s, 0x9e3779b1);
    for (let i = s; i < e; i++) {
      const code = activity[i]!;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul((b ^ (b >>> 15)) + code + 0x7f4a7c15, 0x85ebca6b);
    }
    a = (a ^ (a >>> 16)) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
    let slot = a & mask;
    let v = table[slot]!;
    while (v >= 0 && !(hashA[v] === a && hashB[v] === b && sameSequence(activity, caseStart, firstCase[v]!, s, e))) {
      slot = (slot + 1) & mask;
      v = table[slot]!;
    }
    if (v < 0) {
      v = variants++;
      table[slot] = v;
      hashA[v] = a;
      hashB[v] = b;
      firstCase[v] = c;
    }
    count[v]!++;
    caseVariant[c] = v;
  }
  const sequences: ActivityCodes[] = new Array(variants);
  const counts: number[] = new Array(variants);
  for (let v = 0; v < variants; v++) {
    const f = firstCase[v]!;
    sequences[v] = activity.subarray(caseStart[f]!, caseStart[f + 1]!);
    counts[v] = count[v]!;
  }
  return { sequences, counts, caseVariant };
}

/** Whether case `other`'s activities equal `activity[s..e)`. */
function sameSequence(activity: ActivityCodes, caseStart: Uint32Array, other: number, s: number, e: number): boolean {
  const o = caseStart[other]!;
  if (caseStart[other + 1]! - o !== e - s) return false;
  for (let i = 0; i < e - s; i++) if (activity[o + i] !== activity[s + i]) return false;
  return true;
}
