import { derivedIndex } from "../../log/derived-index";
import type { EventLog } from "../../log/event-log";

/** Distinct activity sequences: `caseVariant[c]` indexes `sequences`, `counts` holds cases per variant. */
export interface CaseVariants {
  sequences: Uint32Array[];
  counts: number[];
  caseVariant: Uint32Array;
}

/**
 * Groups cases by their activity sequence in one pass. The key packs activity codes into a
 * string (one UTF-16 unit each when there are fewer than 65,536 activities), so grouping a
 * million cases costs one short string per case. Cached on the log (callers must not change it).
 */
export function caseVariants(log: EventLog): CaseVariants {
  return derivedIndex(log, "variants/case-variants", groupCaseVariants);
}

function groupCaseVariants(log: EventLog): CaseVariants {
  const cases = log.caseStart.length - 1;
  const wide = log.activityNames.length >= 0xffff;
  const byKey = new Map<string, number>();
  const sequences: Uint32Array[] = [];
  const counts: number[] = [];
  const caseVariant = new Uint32Array(cases);
  for (let c = 0; c < cases; c++) {
    const sequence = log.activity.subarray(log.caseStart[c]!, log.caseStart[c + 1]!);
    const key = wide ? sequence.join(",") : packCodes(sequence);
    let v = byKey.get(key);
    if (v === undefined) {
      v = sequences.length;
      byKey.set(key, v);
      sequences.push(sequence);
      counts.push(0);
    }
    counts[v]!++;
    caseVariant[c] = v;
  }
  return { sequences, counts, caseVariant };
}

/** Packs codes below 0xFFFF into a string, in slices so very long cases stay under the argument limit. */
function packCodes(sequence: Uint32Array): string {
  if (sequence.length <= 4096) return String.fromCharCode(...sequence);
  let key = "";
  for (let i = 0; i < sequence.length; i += 4096) key += String.fromCharCode(...sequence.subarray(i, i + 4096));
  return key;
}
