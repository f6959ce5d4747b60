import type { EventLog } from "../../log/event-log";
import { chunkCount, chunkedScan, type ChunkedScanOptions } from "../../parallel/chunked-scan";
import { sharedArray } from "../../parallel/shared-memory";
import { quantilePosition, selectAtPosition, selectQuantile } from "../../statistics/select-quantile";
import { BUCKETS, bucketFloor, bucketOf } from "./duration-buckets";
import { collectEdgeCandidates, countEdges } from "./edge-kernels";
import { groupedTransitions } from "./transitions";

/** Per directly-follows pair (in no particular order; the summary sorts them): count, mean and median seconds. */
export interface EdgeStatistics {
  pairs: Array<readonly [number, number]>;
  count: Uint32Array;
  meanSeconds: Float64Array;
  medianSeconds: Float64Array;
}

/** Above this many pairs the histograms would weigh more than the durations: group them instead. */
const MAX_HISTOGRAM_PAIRS = 2048;
/** Up to this many activities, pairs are addressed by `from * width + to` and scanned in chunks on two threads. */
const MAX_KEYED_ACTIVITIES = 64;

/**
 * Count, mean and exact median seconds of every directly-follows pair without grouping the
 * durations: a first pass counts, sums and histograms them per pair; the median's rank then
 * falls in one or two known buckets, and a second pass keeps only the durations in those, which
 * are few, and selects the median among them. Two passes over the events and memory per pair
 * instead of per event. Up to {@link MAX_KEYED_ACTIVITIES} activities both passes are chunked
 * scans (two threads on a large log); beyond, one thread numbers the pairs as it meets them; logs
 * with more than {@link MAX_HISTOGRAM_PAIRS} pairs group the durations instead
 * ({@link groupedTransitions}). Means add the durations in event order within each chunk, then
 * the chunks in order: the same figure on every run, within 1e-12 of one running sum.
 */
export function edgeStatistics(log: EventLog, options: ChunkedScanOptions = {}): EdgeStatistics {
  if (log.activityNames.length <= MAX_KEYED_ACTIVITIES) return keyedEdgeStatistics(log, options);
  const first = countAndHistogram(log);
  if (!first) return fromGroups(log);
  const { pairs, count, sum, histogram, pairOf } = first;
  const n = pairs.length;
  const ranges = pairs.map((_, k) => medianRange(histogram, k * BUCKETS, undefined, 0, count[k]!));
  const offsets = offsetsOf(ranges);
  const candidates = collectCandidates(log, pairOf, offsets, Float64Array.from(ranges, (r) => r.fromMs), Float64Array.from(ranges, (r) => r.toMs));
  const meanSeconds = new Float64Array(n);
  const medianSeconds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    meanSeconds[k] = sum[k]! / count[k]!;
    medianSeconds[k] = medianOf(candidates, offsets[k]!, offsets[k + 1]!, ranges[k]!);
  }
  return { pairs, count, meanSeconds, medianSeconds };
}

/** Where a pair's median lies: its fractional rank, the durations below the candidates, and the candidates' range. */
interface MedianRange {
  position: number;
  below: number;
  fromMs: number;
  toMs: number;
  kept: number;
}

/**
 * The buckets holding the median's one or two ranks of a pair with `count` durations, read off
 * its histogram at `h0[at0 ..]` plus, when given, the other thread's at `h1[at1 ..]`.
 */
function medianRange(h0: Uint32Array, at0: number, h1: Uint32Array | undefined, at1: number, count: number): MedianRange {
  const bucket = (b: number) => h0[at0 + b]! + (h1 ? h1[at1 + b]! : 0);
  const position = quantilePosition(count, 0.5);
  const lowerRank = Math.floor(position);
  const upperRank = Math.ceil(position);
  let seen = 0;
  let b = 0;
  while (seen + bucket(b) <= lowerRank) seen += bucket(b++);
  const low = b;
  let upperSeen = seen;
  while (upperSeen + bucket(b) <= upperRank) upperSeen += bucket(b++);
  let kept = 0;
  for (let i = low; i <= b; i++) kept += bucket(i);
  return { position, below: seen, fromMs: bucketFloor(low), toMs: bucketFloor(b + 1), kept };
}

/** Offsets of each pair's candidates in one array, from the pairs' ranges. */
function offsetsOf(ranges: MedianRange[]): Uint32Array {
  const offsets = new Uint32Array(ranges.length + 1);
  ranges.forEach((r, k) => (offsets[k + 1] = offsets[k]! + r.kept));
  return offsets;
}

/**
 * Every duration of the pair below its candidates is smaller than all of them, so the median's
 * rank among the candidates is its rank in the pair less their number.
 */
function medianOf(candidates: Float64Array, from: number, to: number, range: MedianRange): number {
  return selectAtPosition(candidates.subarray(from, to), to - from, range.position - range.below);
}

/** {@link edgeStatistics} for a few activities: both passes as chunked scans over pairs keyed `from * width + to`. */
function keyedEdgeStatistics(log: EventLog, options: ChunkedScanOptions): EdgeStatistics {
  const width = log.activityNames.length;
  const keys = width * width;
  const chunks = chunkCount(log, options);
  const counted = chunkedScan(
    log,
    countEdges,
    () => ({ width, count: sharedArray(Uint32Array, 2 * keys), histogram: sharedArray(Uint32Array, 2 * keys * BUCKETS), sums: sharedArray(Float64Array, chunks * keys) }),
    { ...options, chunks },
  ).params;
  const present: number[] = [];
  for (let key = 0; key < keys; key++) if (counted.count[key]! + counted.count[keys + key]! > 0) present.push(key);
  const n = present.length;
  const count = Uint32Array.from(present, (key) => counted.count[key]! + counted.count[keys + key]!);
  const ranges = present.map((key, k) => medianRange(counted.histogram, key * BUCKETS, counted.histogram, (keys + key) * BUCKETS, count[k]!));
  const fromMs = new Float64Array(keys);
  const toMs = new Float64Array(keys);
  present.forEach((key, k) => {
    fromMs[key] = ranges[k]!.fromMs;
    toMs[key] = ranges[k]!.toMs;
  });
  const offsets = offsetsOf(ranges);
  const capacity = offsets[n]!;
  const found = chunkedScan(
    log,
    collectEdgeCandidates,
    () => ({ width, fromMs, toMs, capacity, values: sharedArray(Float64Array, 2 * capacity), keys: sharedArray(Uint32Array, 2 * capacity), filled: sharedArray(Uint32Array, 2) }),
    { ...options, chunks },
  ).params;
  // Group both threads' candidates by pair.
  const slot = new Int32Array(keys).fill(-1);
  present.forEach((key, k) => (slot[key] = k));
  const next = offsets.slice(0, n);
  const candidates = new Float64Array(capacity);
  for (let p = 0; p < 2; p++) {
    for (let j = p * capacity, end = j + found.filled[p]!; j < end; j++) candidates[next[slot[found.keys[j]!]!]!++] = found.values[j]!;
  }
  const meanSeconds = new Float64Array(n);
  const medianSeconds = new Float64Array(n);
  present.forEach((key, k) => {
    let sum = 0;
    for (let c = 0; c < chunks; c++) sum += counted.sums[c * keys + key]!;
    meanSeconds[k] = sum / count[k]!;
    medianSeconds[k] = medianOf(candidates, offsets[k]!, offsets[k + 1]!, ranges[k]!);
  });
  return { pairs: present.map((key) => [Math.floor(key / width), key % width] as const), count, meanSeconds, medianSeconds };
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
