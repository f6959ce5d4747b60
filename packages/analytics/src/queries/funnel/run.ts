import type { EventLog } from "../../log/event-log";
import { quantile } from "../../statistics/quantile";
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
  const gaps: number[][] = query.steps.map(() => []);
  const scanner = new FunnelScanner(query.steps.length, windowMs);
  const { caseStart, activity, time } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    scanner.reset();
    let any = false;
    for (let i = caseStart[c]!; i < caseStart[c + 1]!; i++) {
      const matched = stepsOf[activity[i]!];
      if (matched === undefined) continue;
      any = true;
      for (let m = 0; m < matched.length; m++) scanner.add(time[i]!, matched[m]!);
    }
    if (!any) continue;
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
      medianSecondsFromPrevious: k === 0 || gaps[k]!.length === 0 ? null : quantile(gaps[k]!, 0.5),
    })),
  };
}

/** For each activity code, the funnel steps it matches (an activity may fill several steps). */
function stepIndexByActivity(names: readonly string[], steps: Array<string | string[]>): Array<number[] | undefined> {
  const byName = new Map<string, number[]>();
  steps.forEach((step, k) => {
    for (const s of new Set(typeof step === "string" ? [step] : step)) byName.set(s, [...(byName.get(s) ?? []), k]);
  });
  return names.map((n) => byName.get(n));
}
