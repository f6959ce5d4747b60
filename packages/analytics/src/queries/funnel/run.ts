import type { EventLog } from "../../log/event-log";
import { selectQuantile } from "../../statistics/select-quantile";
import { activityCases, type ActivityCases } from "../activity-cases";
import { funnelPass, type FunnelTally } from "./funnel-pass";
import { FunnelScanner } from "./funnel-scanner";
import type { FunnelResult } from "./schema";

/**
 * Cases reaching each funnel step (see {@link funnelQuerySchema} for the semantics). When every
 * activity fills at most one step, one pass over the events does it ({@link funnelPass}, a
 * chunked scan on two threads): no index to build first, so a funnel on a freshly read log costs
 * one pass. Otherwise only the cases holding a first-step event are visited, found from the
 * cached {@link activityCases} of the first step's activities, and each one's hits go through
 * {@link FunnelScanner} (which follows `funnelLevel`).
 *
 * @example runFunnel(log, { steps: ["register request", "decide"], windowSeconds: 30 * 86_400 })
 */
export function runFunnel(log: EventLog, query: { steps: Array<string | string[]>; windowSeconds?: number | undefined }): FunnelResult {
  const stepsOf = stepIndexByActivity(log.activityNames, query.steps);
  const windowMs = query.windowSeconds === undefined ? Infinity : query.windowSeconds * 1000;
  // The one step an activity fills, as a flat lookup for the per-event loops; the rare activity
  // filling several steps goes through `stepsOf`.
  const single = Int32Array.from(stepsOf, (k) => (k === undefined ? NO_STEP : k.length === 1 ? k[0]! : SEVERAL_STEPS));
  const { reached, gaps } = single.includes(SEVERAL_STEPS)
    ? funnelOfFirstCases(log, stepsOf, single, query.steps.length, windowMs)
    : funnelPass(log, single, query.steps.length, windowMs);
  return {
    steps: query.steps.map((step, k) => ({
      activity: typeof step === "string" ? step : step.join(" | "),
      cases: reached[k]!,
      medianSecondsFromPrevious: k === 0 || reached[k] === 0 ? null : selectQuantile(gaps[k]!, reached[k]!, 0.5),
    })),
  };
}

/**
 * Visits the cases with a first-step hit (without one no chain starts, so a case stays at
 * level 0), each from its first first-step event, and feeds their hits to a {@link FunnelScanner}.
 */
function funnelOfFirstCases(log: EventLog, stepsOf: Array<number[] | undefined>, single: Int32Array, steps: number, windowMs: number): FunnelTally {
  const { caseStart, time } = log;
  const firsts = firstOccurrences(activityCases(log, stepsOf.flatMap((k, a) => (k?.includes(0) ? [a] : []))));
  const reached = new Uint32Array(steps);
  // At most one gap per step for each case that starts a chain; `reached[k]` counts step k's.
  const gaps = Array.from({ length: steps }, () => new Float64Array(Math.max(firsts.cases.length, 1)));
  const scanner = new FunnelScanner(steps, windowMs);
  for (let f = 0; f < firsts.cases.length; f++) {
    const c = firsts.cases[f]!;
    const e = firsts.first[f]!;
    // Hits before the first first-step event cannot extend a chain, except those at the same
    // time (sorted by (time, step), they come after it).
    let from = e;
    while (from > caseStart[c]! && time[from - 1] === time[e]) from--;
    scanner.reset();
    addHits(scanner, log, single, stepsOf, from, caseStart[c + 1]!);
    const level = scanner.scan();
    for (let k = 0; k < level; k++) {
      if (k > 0) gaps[k]![reached[k]!] = (scanner.time(k) - scanner.time(k - 1)) / 1000;
      reached[k]!++;
    }
  }
  return { reached, gaps };
}

/** Adds the hits of events `[from, end)`, for activities that may fill several steps. */
function addHits(scanner: FunnelScanner, log: EventLog, single: Int32Array, stepsOf: Array<number[] | undefined>, from: number, end: number): void {
  for (let i = from; i < end; i++) {
    const step = single[log.activity[i]!]!;
    if (step === NO_STEP) continue;
    if (step !== SEVERAL_STEPS) scanner.add(log.time[i]!, step);
    else for (const k of stepsOf[log.activity[i]!]!) scanner.add(log.time[i]!, k);
  }
}

/** The cases of several activities' lists, ascending, each with its earliest first event among them. */
function firstOccurrences(lists: ActivityCases[]): ActivityCases {
  if (lists.length === 1) return lists[0]!;
  const first = new Map<number, number>();
  for (const list of lists) list.cases.forEach((c, j) => first.set(c, Math.min(first.get(c) ?? Infinity, list.first[j]!)));
  const cases = Uint32Array.from(first.keys()).sort();
  return { cases, first: Uint32Array.from(cases, (c) => first.get(c)!) };
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
