import type { ActivityCodes, EventLog } from "../../log/event-log";
import { derivedIndex } from "../../log/derived-index";
import { compareCodePoints } from "../../order/code-point-order";
import { caseVariants } from "./case-variants";
import type { VariantsResult } from "./schema";

/**
 * Distinct activity sequences with their case counts. With `top`, only the variants whose count
 * can make the cut are sorted, and ties compare activity ranks (code-point order of names
 * computed once), so names are built only for the variants returned.
 *
 * @example runVariants(log, { top: 1 }) // { total: 6, variants: [{ activities: ["register request", …], count: 1 }] }
 */
export function runVariants(log: EventLog, query: { top?: number | undefined } = {}): VariantsResult {
  const { sequences, counts } = caseVariants(log);
  const rank = activityRanks(log.activityNames);
  const cut = query.top === undefined ? 0 : countAtRank(log, counts, query.top);
  const candidates: number[] = [];
  for (let v = 0; v < counts.length; v++) if (counts[v]! >= cut) candidates.push(v);
  candidates.sort((a, b) => counts[b]! - counts[a]! || compareRanked(sequences[a]!, sequences[b]!, rank));
  const chosen = query.top === undefined ? candidates : candidates.slice(0, query.top);
  return {
    total: sequences.length,
    variants: chosen.map((v) => ({ activities: Array.from(sequences[v]!, (a) => log.activityNames[a]!), count: counts[v]! })),
  };
}

/** rank[code] = position of the activity's name in code-point order. */
function activityRanks(names: readonly string[]): Uint32Array {
  const rank = new Uint32Array(names.length);
  names
    .map((name, code) => ({ name, code }))
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .forEach((entry, r) => (rank[entry.code] = r));
  return rank;
}

/** The `top`-th largest count (the smallest count that can still be in the top). */
function countAtRank(log: EventLog, counts: number[], top: number): number {
  if (top >= counts.length) return 0;
  const sorted = derivedIndex(log, "variants/sorted-counts", () => Float64Array.from(counts).sort());
  return sorted[sorted.length - top]!;
}

function compareRanked(a: ActivityCodes, b: ActivityCodes, rank: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return rank[a[i]!]! - rank[b[i]!]!;
  }
  return a.length - b.length;
}
