import { derivedIndex } from "../../log/derived-index";
import type { EventLog } from "../../log/event-log";

/**
 * First-order next-step counts as flat matrices: row `a` (an activity code), column `b` (the
 * next activity's code, or `width - 1` for "the case ends"). `train` counts the cases a model
 * learns from, `heldOut` the cases it is scored on (`isHeldOut`); together they are every case.
 * One pass over the events, cached on the log.
 */
export interface NextCounts {
  width: number;
  train: Float64Array;
  heldOut: Float64Array;
}

/** The cached {@link NextCounts} of `log` for the hold-out rule `every` (case c is held out when c % every === every - 1). */
export function nextCounts(log: EventLog, every: number): NextCounts {
  return derivedIndex(log, `predict/next-counts/${every}`, () => countNext(log, every));
}

function countNext(log: EventLog, every: number): NextCounts {
  const activities = log.activityNames.length;
  const width = activities + 1;
  const train = new Float64Array(activities * width);
  const heldOut = new Float64Array(activities * width);
  const { caseStart, activity } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const s = caseStart[c]!;
    const e = caseStart[c + 1]!;
    if (e === s) continue;
    const counts = c % every === every - 1 ? heldOut : train;
    for (let i = s; i + 1 < e; i++) counts[activity[i]! * width + activity[i + 1]!]!++;
    counts[activity[e - 1]! * width + activities]!++;
  }
  return { width, train, heldOut };
}
