import type { EventLog } from "../log/event-log";
import { runFunnel } from "../queries/funnel/run";

/** KPI figures of one bound step, measured as a funnel over the bound steps in map order. */
export interface StepMetrics<Id extends string = string> {
  stepId: Id;
  /** Cases that reached this step (having reached every earlier bound step before it). */
  cases: number;
  /** cases / cases of the previous bound step (of all cases for the first); 0 when that is 0. */
  conversion: number;
  /** 1 − conversion. */
  dropOff: number;
  /** Median seconds from the previous bound step's event; null for the first. */
  medianSecondsFromPrevious: number | null;
}

/**
 * Runs the funnel of the bound steps (each step: any of its activities; no time window) and
 * derives the per-step KPIs a journey map shows.
 *
 * @example stepMetrics(log, [{ stepId: "step:a", activities: ["visit"] }, { stepId: "step:b", activities: ["cart"] }])
 */
export function stepMetrics<Id extends string>(log: EventLog, steps: Array<{ stepId: Id; activities: string[] }>): StepMetrics<Id>[] {
  if (steps.length === 0) return [];
  const funnel = runFunnel(log, { steps: steps.map((s) => s.activities) });
  let previous = log.caseStart.length - 1;
  return steps.map((s, k) => {
    const f = funnel.steps[k]!;
    const conversion = previous === 0 ? 0 : f.cases / previous;
    previous = f.cases;
    return { stepId: s.stepId, cases: f.cases, conversion, dropOff: 1 - conversion, medianSecondsFromPrevious: f.medianSecondsFromPrevious };
  });
}
