import type { EventLog } from "../../log/event-log";
import { selectQuantile } from "../../statistics/select-quantile";
import { groupedTransitions } from "./transitions";

/** Per directly-follows pair (numbered in order of first occurrence): count, mean and median seconds. */
export interface EdgeStatistics {
  pairs: Array<readonly [number, number]>;
  count: Uint32Array;
  meanSeconds: Float64Array;
  medianSeconds: Float64Array;
}

/** Steps per octave of a histogram; below 32 ms every millisecond has its own bucket. */
const STEPS = 32;
/** Buckets per pair: 0–31 ms one each, then 27 octaves up to 2^32 ms (49 days) in 32 steps, then one for the rest. */
const BUCKETS = 28 * STEPS + 1;
/** Above this many pairs the histograms would weigh more than the durations: group them instead. */
const MAX_HISTOGRAM_PAIRS = 2048;

/**
 * The histogram bucket of a duration of `ms` ≥ 0 milliseconds: its octave and the next five
 * bits of its whole milliseconds. Non-decreasing in `ms`, which is all the median search needs.
 * Invariant: durations inside a case are never negative (events are in time order).
 */
function bucketOf(ms: number): number {
  if (ms >= 4_294_967_296) return BUCKETS - 1;
  const whole = ms >>> 0;
  if (whole < STEPS) return whole;
  const octave = 31 - Math.clz32(whole);
  return (octave - 4) * STEPS + ((whole >>> (octave - 5)) & (STEPS - 1));
}

/**
 * Count, mean and exact median seconds of every directly-follows pair without grouping the
 * durations: a first pass counts, sums and histograms them per pair; the median's rank then
 * falls in one or two known buckets, and a second pass keeps only the durations in those, which
 * are few. Two passes over the events and memory per pair instead of per event; logs with more
 * than {@link MAX_HISTOGRAM_PAIRS} pairs group the durations instead ({@link groupedTransitions}).
 * Sums run in event order.
 */
export function edgeStatistics(log: EventLog): EdgeStatistics {
  const first = countAndHistogram(log);
  if (!first) return fromGroups(log);
  const { pairs, count, sum, histogram, pairOf } = first;
  const n = pairs.length;
  const position = Float64Array.from(count, (c) => Math.round((c - 1) * 0.5 * 1e9) / 1e9);
  const low = new Int32Array(n);
  const high = new Int32Array(n);
  const below = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const h = histogram.subarray(k * BUCKETS, (k + 1) * BUCKETS);
    const lowerRank = Math.floor(position[k]!);
    const upperRank = Math.ceil(position[k]!);
    let seen = 0;
    let b = 0;
    while (seen + h[b]! <= lowerRank) seen += h[b++]!;
    low[k] = b;
    below[k] = seen;
    let upperSeen = seen;
    while (upperSeen + h[b]! <= upperRank) upperSeen += h[b++]!;
    high[k] = b;
  }
  const offsets = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) {
    let kept = 0;
    for (let b = low[k]!; b <= high[k]!; b++) kept += histogram[k * BUCKETS + b]!;
    offsets[k + 1] = offsets[k]! + kept;
  }
  const candidates = collectCandidates(log, pairOf, offsets, low, high);
  const meanSeconds = new Float64Array(n);
  const medianSeconds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    meanSeconds[k] = sum[k]! / count[k]!;
    const sorted = candidates.subarray(offsets[k]!, offsets[k + 1]!).sort();
    // The median of the whole pair read from its middle ranks, as quantileOfSorted reads them.
    const p = position[k]!;
    const lowValue = sorted[Math.floor(p) - below[k]!]!;
    medianSeconds[k] = Math.floor(p) === Math.ceil(p) ? lowValue : lowValue + (sorted[Math.ceil(p) - below[k]!]! - lowValue) * (p - Math.floor(p));
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
  // One flat table, pair-major; only the pages of pairs that occur are ever touched.
  const histogram = new Uint32Array(Math.min(width * width, MAX_HISTOGRAM_PAIRS) * BUCKETS);
  let count = new Uint32Array(64);
  let sum = new Float64Array(64);
  let previous = activity[0]!;
  let previousTime = time[0]!;
  for (let i = 1, c = 1; i < activity.length; i++) {
    const a = activity[i]!;
    const t = time[i]!;
    if (i === caseStart[c]) {
      c++;
    } else {
      const key = previous * width + a;
      let k = pairOf[key]!;
      if (k < 0) {
        if (pairs.length === MAX_HISTOGRAM_PAIRS) return undefined;
        k = pairOf[key] = pairs.length;
        pairs.push([previous, a]);
        if (k === count.length) [count, sum] = [grown(count, Uint32Array), grown(sum, Float64Array)];
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

/** Pass two: the durations of each pair that fall in its median's buckets, pair k's at `offsets[k] ..`. */
function collectCandidates(log: EventLog, pairOf: Int32Array, offsets: Uint32Array, low: Int32Array, high: Int32Array): Float64Array {
  const { activity, caseStart, time } = log;
  const width = log.activityNames.length;
  const candidates = new Float64Array(offsets[offsets.length - 1]!);
  const next = offsets.slice(0, offsets.length - 1);
  for (let i = 1, c = 1; i < activity.length; i++) {
    if (i === caseStart[c]) {
      c++;
      continue;
    }
    const k = pairOf[activity[i - 1]! * width + activity[i]!]!;
    const ms = time[i]! - time[i - 1]!;
    const b = bucketOf(ms);
    if (b >= low[k]! && b <= high[k]!) candidates[next[k]!++] = ms / 1000;
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

function grown<T extends Uint32Array | Float64Array>(array: T, make: new (length: number) => T): T {
  const next = new make(array.length * 2);
  next.set(array);
  return next;
}

