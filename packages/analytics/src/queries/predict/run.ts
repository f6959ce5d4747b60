import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import { END, MarkovModel } from "./markov-model";
import { nextCounts } from "./next-counts";
import type { PredictResult } from "./schema";

const HOLD_OUT_EVERY = 5;

/**
 * Next-step probabilities after `after` and the model's accuracy on held-out cases.
 *
 * @example runPredict(log, { after: "decide" }) // { after: "decide", next: [{ activity: "reject request", probability: 0.5 }, …], accuracy: … }
 */
export function runPredict(log: EventLog, query: { after: string | string[]; order?: number | undefined }): PredictResult {
  const order = query.order ?? 1;
  const context = (typeof query.after === "string" ? [query.after] : query.after).map((a) => log.activityNames.indexOf(a));
  const known = context.slice(context.lastIndexOf(-1) + 1);
  if (order === 1) {
    const outcomes = known.length === 0 ? undefined : firstOrderOutcomes(log, known[known.length - 1]!);
    return { after: query.after, next: ranked(log, outcomes), accuracy: firstOrderAccuracy(log) };
  }
  const outcomes = known.length === 0 ? undefined : MarkovModel.train(log, order, () => true).outcomes(known);
  return { after: query.after, next: ranked(log, outcomes), accuracy: heldOutAccuracy(log, order) };
}

/** The order-1 outcomes after activity `code` over all cases, as {@link MarkovModel.outcomes} would give them. */
function firstOrderOutcomes(log: EventLog, code: number): Map<number, number> | undefined {
  const { width, train, heldOut } = nextCounts(log, HOLD_OUT_EVERY);
  const outcomes = new Map<number, number>();
  for (let b = 0; b < width; b++) {
    const n = train[code * width + b]! + heldOut[code * width + b]!;
    if (n > 0) outcomes.set(b === width - 1 ? END : b, n);
  }
  return outcomes.size === 0 ? undefined : outcomes;
}

/**
 * {@link heldOutAccuracy} for order 1 from the count matrices: every held-out event after
 * activity `a` is predicted as the training row's most likely outcome, so the right ones are
 * the held-out count in that column.
 */
function firstOrderAccuracy(log: EventLog): number | null {
  const { width, train, heldOut } = nextCounts(log, HOLD_OUT_EVERY);
  const compare = byLikelihood(log);
  let right = 0;
  let total = 0;
  for (let a = 0; a + 1 < width; a++) {
    let best: [number, number] | undefined;
    for (let b = 0; b < width; b++) {
      total += heldOut[a * width + b]!;
      const n = train[a * width + b]!;
      if (n === 0) continue;
      const candidate: [number, number] = [b === width - 1 ? END : b, n];
      if (!best || compare(candidate, best) < 0) best = candidate;
    }
    if (best) right += heldOut[a * width + (best[0] === END ? width - 1 : best[0])]!;
  }
  return total === 0 ? null : right / total;
}

function ranked(log: EventLog, outcomes: Map<number, number> | undefined): PredictResult["next"] {
  if (!outcomes) return [];
  let total = 0;
  for (const n of outcomes.values()) total += n;
  return [...outcomes]
    .sort(byLikelihood(log))
    .map(([code, n]) => ({ activity: code === END ? null : log.activityNames[code]!, probability: n / total }));
}

/** Most frequent first; ties by activity name in code-point order with the end last. */
function byLikelihood(log: EventLog) {
  return (a: [number, number], b: [number, number]): number => {
    if (a[1] !== b[1]) return b[1] - a[1];
    if (a[0] === END || b[0] === END) return a[0] === END ? (b[0] === END ? 0 : 1) : -1;
    return compareCodePoints(log.activityNames[a[0]]!, log.activityNames[b[0]]!);
  };
}

function heldOutAccuracy(log: EventLog, order: number): number | null {
  const heldOut = (c: number) => c % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1;
  const model = MarkovModel.train(log, order, (c) => !heldOut(c));
  const compare = byLikelihood(log);
  const bestOf = new Map<Map<number, number>, number | undefined>();
  const best = (outcomes: Map<number, number>) => {
    if (!bestOf.has(outcomes)) bestOf.set(outcomes, [...outcomes].sort(compare)[0]?.[0]);
    return bestOf.get(outcomes);
  };
  let right = 0;
  let total = 0;
  for (let c = HOLD_OUT_EVERY - 1; c + 1 < log.caseStart.length; c += HOLD_OUT_EVERY) {
    const s = log.caseStart[c]!;
    const e = log.caseStart[c + 1]!;
    for (let i = s; i < e; i++) {
      const actual = i + 1 < e ? log.activity[i + 1]! : END;
      const outcomes = model.outcomes(log.activity.subarray(Math.max(s, i - order + 1), i + 1));
      total++;
      if (outcomes && best(outcomes) === actual) right++;
    }
  }
  return total === 0 ? null : right / total;
}
