import type { EventLog } from "../../log/event-log";
import { quantile } from "../../statistics/quantile";
import { funnelLevel, type StepHit } from "./funnel-level";
import type { FunnelResult } from "./schema";

/**
 * Cases reaching each funnel step (see {@link funnelQuerySchema} for the semantics).
 *
 * @example runFunnel(log, { steps: ["register request", "decide"], windowSeconds: 30 * 86_400 })
 */
export function runFunnel(log: EventLog, query: { steps: Array<string | string[]>; windowSeconds?: number | undefined }): FunnelResult {
  const stepsOf = stepIndexByActivity(log.activityNames, query.steps);
  const windowMs = query.windowSeconds === undefined ? Infinity : query.windowSeconds * 1000;
  const reached = new Array<number>(query.steps.length).fill(0);
  const gaps: number[][] = query.steps.map(() => []);
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    const hits: StepHit[] = [];
    for (let i = log.caseStart[c]!; i < log.caseStart[c + 1]!; i++) {
      for (const step of stepsOf[log.activity[i]!] ?? []) hits.push({ time: log.time[i]!, step });
    }
    if (hits.length === 0) continue;
    const { level, times } = funnelLevel(hits, query.steps.length, windowMs);
    for (let k = 0; k < level; k++) {
      reached[k]!++;
      if (k > 0) gaps[k]!.push((times[k]! - times[k - 1]!) / 1000);
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
