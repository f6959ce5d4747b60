import { compareCodePoints } from "../order/code-point-order";
import { derivedIndex } from "../log/derived-index";
import type { EventLog } from "../log/event-log";

/**
 * How many cases start and end with each activity, as objects whose keys run from the largest
 * count down (ties in code-point order), which is how they print. The counts are cached on the
 * log; the objects are fresh on every call, so callers may keep or change them.
 */
export function startAndEnd(log: EventLog): { start: Record<string, number>; end: Record<string, number> } {
  const { first, last } = derivedIndex(log, "start-end", countStartAndEnd);
  return { start: countsObject(log.activityNames, first), end: countsObject(log.activityNames, last) };
}

function countStartAndEnd(log: EventLog): { first: Float64Array; last: Float64Array } {
  const first = new Float64Array(log.activityNames.length);
  const last = new Float64Array(log.activityNames.length);
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    const s = log.caseStart[c]!;
    const e = log.caseStart[c + 1]!;
    if (e === s) continue;
    first[log.activity[s]!]!++;
    last[log.activity[e - 1]!]!++;
  }
  return { first, last };
}

/** Names with a non-zero count, as an object ordered by count desc then name. */
export function countsObject(names: readonly string[], counts: ArrayLike<number>): Record<string, number> {
  const entries: [string, number][] = [];
  for (let i = 0; i < names.length; i++) if (counts[i]! > 0) entries.push([names[i]!, counts[i]!]);
  entries.sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]));
  return Object.fromEntries(entries);
}
