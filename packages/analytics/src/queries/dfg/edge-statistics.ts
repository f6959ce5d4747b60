import type { EventLog } from "../../log/event-log";
import { quantilePosition, selectAtPosition, selectQuantile } from "../../statistics/select-quantile";
import { groupedTransitions } from "./transitions";

/** Per directly-follows pair (numbered in order of first occurrence): count, mean and median seconds. */
export interface EdgeStatistics {
  pairs: Array<readonly [number, number]>;
  count: Uint32Array;
  meanSeconds: Float64Array;
  medianSeconds: Float64Array;
}

/** Steps per octave of a histogram (2^STEP_BITS); below 32 ms every millisecond has its own bucket. */
const STEP_BITS = 5;
const STEPS = 1 << STEP_BITS;
/** Buckets per pair: 0–31 ms one each, then 27 octaves up to 2^32 ms (49 days) in 32 steps, then one for the rest. */
const BUCKETS = (33 - STEP_BITS) * STEPS + 1;
/** Above this many pairs the histograms would weigh more than the durations: group them instead. */
const MAX_HISTOGRAM_PAIRS = 2048;

/**
 * The histogram bucket of a duration of `ms` ≥ 0 milliseconds: its octave and the next five
 * bits of its whole milliseconds. Non-decreasing in `ms`, which is all the median search needs.
 * Invariant: durations inside a case are never negative (events are in time order).
 */
export function bucketOf(ms: number): number {
  if (ms >= 4_294_967_296) return BUCKETS - 1;
  const whole = ms >>> 0;
  if (whole < STEPS) return whole;
  const octave = 31 - Math.clz32(whole);
  return (octave - STEP_BITS + 1) * STEPS + ((whole >>> (octave - STEP_BITS)) & (STEPS - 1));
}

/**
 * The smallest duration in milliseconds that falls in bucket `b` (`Infinity` past the last):
 * bucket `b` holds exactly the durations in `[bucketFloor(b), bucketFloor(b + 1))`, which lets
 * the second pass test a duration against two numbers instead of computing its bucket.
 */
export function bucketFloor(b: number): number {
  if (b >= BUCKETS) return Infinity;
  if (b === BUCKETS - 1) return 4_294_967_296;
  if (b < STEPS) return b;
  const octave = Math.floor(b / STEPS) + STEP_BITS - 1;
  return (STEPS + (b % STEPS)) * 2 ** (octave - STEP_BITS);
}

/**
 * Count, mean and exact median seconds of every directly-follows pair without grouping the
 * durations: a first pass counts, sums and histograms them per pair; the median's rank then
 * falls in one or two known buckets, and a second pass keeps only the durations in those, which
 * are few, and selects the median among them. Two passes over the events and memory per pair
 * instead of per event; logs with more than {@link MAX_HISTOGRAM_PAIRS} pairs group the
 * durations instead ({@link groupedTransitions}). Sums run in event order.
 */
export function edgeStatistics(log: EventLog): EdgeStatistics {
  const first = countAndHistogram(log);
  if (!first) return fromGroups(log);
  const { pairs, count, sum, histogram, pairOf } = first;
  const n = pairs.length;
  const position = new Float64Array(n);
  const below = new Uint32Array(n);
  const fromMs = new Float64Array(n);
  const toMs = new Float64Array(n);
  const offsets = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const h = histogram.subarray(k * BUCKETS, (k + 1) * BUCKETS);
    position[k] = quantilePosition(count[k]!, 0.5);
    const lowerRank = Math.floor(position[k]!);
    const upperRank = Math.ceil(position[k]!);
    let seen = 0;
    let b = 0;
    while (seen + h[b]! <= lowerRank) seen += h[b++]!;
    const low = b;
    below[k] = seen;
    let upperSeen = seen;
    while (upperSeen + h[b]! <= upperRank) upperSeen += h[b++]!;
    let kept = 0;
    for (let i = low; i <= b; i++) kept += h[i]!;
    fromMs[k] = bucketFloor(low);
    toMs[k] = bucketFloor(b + 1);
    offsets[k + 1] = offsets[k]! + kept;
  }
  const candidates = collectCandidates(log, pairOf, offsets, fromMs, toMs);
  const meanSeconds = new Float64Array(n);
  const medianSeconds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    meanSeconds[k] = sum[k]! / count[k]!;
    // Every duration of the pair below its candidates is smaller than all of them, so the
    // median's rank among the candidates is its rank in the pair less their number.
    const kept = offsets[k + 1]! - offsets[k]!;
    medianSeconds[k] = selectAtPosition(candidates.subarray(offsets[k]!, offsets[k + 1]!), kept, position[k]! - below[k]!);
  }
  return { pairs, count, meanSeconds, medianSeconds };
}

interface FirstPass {
  pairs: Array<readonly [number, number]>;
  pairOf: Int32Array;
  count: Uint32Array;
  sum: Float64Array;
  /** `histogram[k * BUCKETS + b]`: durations of pair k in bucket b. */
  histogram: Uint32Array;
}

/** Pass one: pairs numbered in order of first sight, with count, sum and histogram; undefined when there are too many pairs. */
function countAndHistogram(log: EventLog): FirstPass | undefined {
  const { activity, caseStart, time } = log;
  const width = log.activityNames.length;
  if (width * width > 1 << 22) return undefined;
  const pairOf = new Int32Array(width * width).fill(-1);
  const pairs: Array<readonly [number, number]> = [];
  // Sized for the most pairs the histograms serve, so the loop never swaps its arrays; one flat
  // table, pair-major, of which only the pages of pairs that occur are ever touched.
  const capacity = Math.min(width * width, MAX_HISTOGRAM_PAIRS);
  const histogram = new Uint32Array(capacity * BUCKETS);
  const count = new Uint32Array(capacity);
  const sum = new Float64Array(capacity);
  let previous = activity[0]!;
  let previousTime = time[0]!;
  let nextCase = caseStart[1]!;
  for (let i = 1, c = 1; i < activity.length; i++) {
    const a = activity[i]!;
    const t = time[i]!;
    if (i === nextCase) {
      nextCase = caseStart[++c]!;
    } else {
      const key = previous * width + a;
      let k = pairOf[key]!;
      if (k < 0) {
        if (pairs.length === capacity) return undefined;
        k = pairOf[key] = pairs.length;
        pairs.push([previous, a]);
      }
      const ms = t - previousTime;
      count[k]!++;
      sum[k]! += ms / 1000;
      histogram[k * BUCKETS + bucketOf(ms)]!++;
    }
    previous = a;
    previousTime = t;
  }
  return { pairs, pairOf, count: count.slice(0, pairs.length), sum: sum.slice(0, pairs.length), histogram };
}

/**
 * Pass two: the durations of each pair in `[fromMs[k], toMs[k])` — its median's buckets — pair
 * k's at `offsets[k] ..`. The range test is branch-free: about half of all durations pass its
 * lower bound, a coin flip the processor would mispredict on every other event.
 */
function collectCandidates(log: EventLog, pairOf: Int32Array, offsets: Uint32Array, fromMs: Float64Array, toMs: Float64Array): Float64Array {
  const { activity, caseStart, time } = log;
  const width = log.activityNames.length;
  const candidates = new Float64Array(offsets[offsets.length - 1]!);
  const next = offsets.slice(0, offsets.length - 1);
  let previous = activity[0]!;
  let previousTime = time[0]!;
  let nextCase = caseStart[1]!;
  for (let i = 1, c = 1; i < activity.length; i++) {
    const a = activity[i]!;
    const t = time[i]!;
    if (i === nextCase) {
      nextCase = caseStart[++c]!;
    } else {
      const k = pairOf[previous * width + a]!;
      const ms = t - previousTime;
      if ((Number(ms >= fromMs[k]!) & Number(ms < toMs[k]!)) !== 0) candidates[next[k]!++] = ms / 1000;
    }
    previous = a;
    previousTime = t;
  }
  return candidates;
}

/** The same figures from grouped durations, for logs with very many pairs. */
function fromGroups(log: EventLog): EdgeStatistics {
  const { pairs, offsets, seconds } = groupedTransitions(log);
  const n = pairs.length;
  const count = new Uint32Array(n);
  const meanSeconds = new Float64Array(n);
  const medianSeconds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    let total = 0;
    for (let i = from; i < to; i++) total += seconds[i]!;
    count[k] = to - from;
    meanSeconds[k] = total / (to - from);
    medianSeconds[k] = selectQuantile(seconds.subarray(from, to), to - from, 0.5);
  }
  return { pairs, count, meanSeconds, medianSeconds };
}
