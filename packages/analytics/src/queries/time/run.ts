import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import { quantileOfSorted } from "../../statistics/quantile";
import { transitions } from "../dfg/transitions";
import type { DurationSummary, TimeResult } from "./schema";

/**
 * Median and p90 durations per activity and per transition, and the distribution of case durations.
 *
 * @example runTime(log).cases.medianSeconds
 */
export function runTime(log: EventLog): TimeResult {
  const t = transitions(log);
  const byActivity = new Map<number, number[]>();
  t.pairs.forEach(([a], k) => {
    const list = byActivity.get(a) ?? [];
    for (let i = t.offsets[k]!; i < t.offsets[k + 1]!; i++) list.push(t.seconds[i]!);
    byActivity.set(a, list);
  });
  const activities = [...byActivity].map(([a, list]) => ({ activity: log.activityNames[a]!, ...summarize(Float64Array.from(list).sort()) }));
  activities.sort((x, y) => compareCodePoints(x.activity, y.activity));
  const transitionRows = t.pairs.map(([a, b], k) => ({
    from: log.activityNames[a]!,
    to: log.activityNames[b]!,
    ...summarize(t.seconds, t.offsets[k]!, t.offsets[k + 1]!),
  }));
  transitionRows.sort((x, y) => compareCodePoints(x.from, y.from) || compareCodePoints(x.to, y.to));
  return { activities, transitions: transitionRows, cases: caseDurations(log) };
}

function caseDurations(log: EventLog): TimeResult["cases"] {
  const cases = log.caseStart.length - 1;
  const seconds = new Float64Array(cases);
  for (let c = 0; c < cases; c++) seconds[c] = (log.time[log.caseStart[c + 1]! - 1]! - log.time[log.caseStart[c]!]!) / 1000;
  seconds.sort();
  return {
    ...summarize(seconds),
    minSeconds: seconds[0] ?? Number.NaN,
    p25Seconds: quantileOfSorted(seconds, 0.25),
    p75Seconds: quantileOfSorted(seconds, 0.75),
    maxSeconds: seconds[cases - 1] ?? Number.NaN,
    histogram: histogram(seconds),
  };
}

const BANDS = [60, 600, 3600, 6 * 3600, 86_400, 7 * 86_400, 30 * 86_400];

/** Counts of ascending `sorted` per band; a duration equal to a bound falls in that band. */
function histogram(sorted: Float64Array): TimeResult["cases"]["histogram"] {
  const counts = new Array<number>(BANDS.length + 1).fill(0);
  let band = 0;
  for (const s of sorted) {
    while (band < BANDS.length && s > BANDS[band]!) band++;
    counts[band]!++;
  }
  return counts.map((cases, i) => ({ upToSeconds: BANDS[i] ?? null, cases }));
}

/** Summary of ascending `sorted[from..to)`. */
function summarize(sorted: Float64Array, from = 0, to = sorted.length): DurationSummary {
  let sum = 0;
  for (let i = from; i < to; i++) sum += sorted[i]!;
  return {
    count: to - from,
    meanSeconds: sum / (to - from),
    medianSeconds: quantileOfSorted(sorted, 0.5, from, to),
    p90Seconds: quantileOfSorted(sorted, 0.9, from, to),
  };
}
