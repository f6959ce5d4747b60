import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import type { ReworkResult } from "./schema";

/**
 * Repeated activities per case, in one pass with a per-case "last seen in case" marker.
 *
 * @example runRework(log).activities[0] // { activity: "check ticket", cases: 2, repetitions: 3 }
 */
export function runRework(log: EventLog): ReworkResult {
  const n = log.activityNames.length;
  const seenIn = new Int32Array(n).fill(-1);
  const countedIn = new Int32Array(n).fill(-1);
  const cases = new Float64Array(n);
  const repetitions = new Float64Array(n);
  let casesWithRework = 0;
  const caseTotal = log.caseStart.length - 1;
  for (let c = 0; c < caseTotal; c++) {
    let repeated = false;
    for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
      const a = log.activity[i]!;
      if (seenIn[a] !== c) {
        seenIn[a] = c;
        continue;
      }
      repeated = true;
      repetitions[a]!++;
      if (countedIn[a] !== c) {
        countedIn[a] = c;
        cases[a]!++;
      }
    }
    if (repeated) casesWithRework++;
  }
  const activities: ReworkResult["activities"] = [];
  for (let a = 0; a < n; a++) if (cases[a]! > 0) activities.push({ activity: log.activityNames[a]!, cases: cases[a]!, repetitions: repetitions[a]! });
  activities.sort((x, y) => y.cases - x.cases || compareCodePoints(x.activity, y.activity));
  return { casesWithRework, cases: caseTotal, activities };
}
