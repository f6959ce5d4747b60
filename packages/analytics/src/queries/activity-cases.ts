import { derivedIndex } from "../log/derived-index";
import type { EventLog } from "../log/event-log";

/** The cases holding an activity, ascending, each with the index of its first event of that activity. */
export interface ActivityCases {
  cases: Uint32Array;
  first: Uint32Array;
}

/**
 * For each of `activities`, the cases where it occurs and where it first occurs in each. Cached
 * on the log per activity; the missing ones are built together in one pass over the events, so
 * a query about a few activities visits only their cases from the second call on.
 *
 * @example activityCases(log, [3])[0]!.cases // Uint32Array [0, 4, 5, …]: the cases with activity 3
 */
export function activityCases(log: EventLog, activities: readonly number[]): ActivityCases[] {
  const cache = derivedIndex(log, "activity-cases", () => new Map<number, ActivityCases>());
  const missing = [...new Set(activities)].filter((a) => !cache.has(a));
  if (missing.length > 0) buildActivityCases(log, missing).forEach((built, k) => cache.set(missing[k]!, built));
  return activities.map((a) => cache.get(a) ?? { cases: new Uint32Array(0), first: new Uint32Array(0) });
}

function buildActivityCases(log: EventLog, activities: number[]): ActivityCases[] {
  const { activity, caseStart } = log;
  const slot = new Int32Array(log.activityNames.length).fill(-1);
  activities.forEach((a, k) => (slot[a] = k));
  const seenIn = new Int32Array(activities.length).fill(-1);
  const cases = activities.map(() => new Array<number>());
  const first = activities.map(() => new Array<number>());
  // One flat loop over the events; the case is found only for the (few) events that match.
  let c = 0;
  for (let i = 0; i < activity.length; i++) {
    const k = slot[activity[i]!]!;
    if (k < 0) continue;
    while (caseStart[c + 1]! <= i) c++;
    if (seenIn[k] === c) continue;
    seenIn[k] = c;
    cases[k]!.push(c);
    first[k]!.push(i);
  }
  return activities.map((_, k) => ({ cases: Uint32Array.from(cases[k]!), first: Uint32Array.from(first[k]!) }));
}
