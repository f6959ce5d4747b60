import type { EventLog } from "../../log/event-log";
import { GrowableColumn } from "../../log/growable-column";
import { selectQuantile } from "../../statistics/select-quantile";
import { FunnelScanner } from "./funnel-scanner";
import type { FunnelResult } from "./schema";

/**
 * Cases reaching each funnel step (see {@link funnelQuerySchema} for the semantics), one
 * allocation-free pass with {@link FunnelScanner} (which follows `funnelLevel`).
 *
 * @example runFunnel(log, { steps: ["register request", "decide"], windowSeconds: 30 * 86_400 })
 */
export function runFunnel(log: EventLog, query: { steps: Array<string | string[]>; windowSeconds?: number | undefined }): FunnelResult {
  const stepsOf = stepIndexByActivity(log.activityNames, query.steps);
  const windowMs = query.windowSeconds === undefined ? Infinity : query.windowSeconds * 1000;
  const reached = new Array<number>(query.steps.length).fill(0);
  const gaps = query.steps.map(() => new GrowableColumn(Float64Array));
  const scanner = new FunnelScanner(query.steps.length, windowMs);
  const { caseStart, activity, time } = log;
  // The one step an activity fills, as a flat lookup for the per-event loop; the rare activity
  // filling several steps goes through `stepsOf`.
  const singleStep = Int32Array.from(stepsOf, (k) => (k === undefined ? NO_STEP : k.length === 1 ? k[0]! : SEVERAL_STEPS));
  for (let c = 0; c + 1 < caseStart.length; c++) {
    scanner.reset();
    // Without a first-step hit no chain starts, so the case reaches level 0: skip its scan.
    let started = false;
    const end = caseStart[c + 1]!;
    for (let i = caseStart[c]!; i < end; i++) {
      const step = singleStep[activity[i]!]!;
      if (step === NO_STEP) continue;
      if (step !== SEVERAL_STEPS) {
        scanner.add(time[i]!, step);
        if (step === 0) started = true;
      } else {
        for (const k of stepsOf[activity[i]!]!) scanner.add(time[i]!, k);
        if (stepsOf[activity[i]!]![0] === 0) started = true;
      }
    }
    if (!started) continue;
    const level = scanner.scan();
    for (let k = 0; k < level; k++) {
      reached[k]!++;
      if (k > 0) gaps[k]!.push((scanner.time(k) - scanner.time(k - 1)) / 1000);
    }
  }
  return {
    steps: query.steps.map((step, k) => ({
      activity: typeof step === "string" ? step : step.join(" | "),
      cases: reached[k]!,
      medianSecondsFromPrevious: k === 0 || gaps[k]!.length === 0 ? null : selectQuantile(gaps[k]!.finish(), gaps[k]!.length, 0.5),
    })),
  };
}

const NO_STEP = -1;
const SEVERAL_STEPS = -2;

/** For each activity code, the funnel steps it matches (an activity may fill several steps). */
function stepIndexByActivity(names: readonly string[], steps: Array<string | string[]>): Array<number[] | undefined> {
  const byName = new Map<string, number[]>();
  steps.forEach((step, k) => {
    for (const s of new Set(typeof step === "string" ? [step] : step)) byName.set(s, [...(byName.get(s) ?? []), k]);
  });
  return names.map((n) => byName.get(n));
}
