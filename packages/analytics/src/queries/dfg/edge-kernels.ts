import type { NamedKernel } from "../../parallel/chunked-scan";
import type { ScanColumns } from "../../parallel/scan-kernel";
import { BUCKETS, bucketOf } from "./duration-buckets";

// Both kernels (and the one-thread passes in edge-statistics.ts) walk the transitions with the
// same few lines written out: a shared walker calling back per transition would be called from
// several places with different callbacks, which V8 does not inline — each pass would run
// several times slower for ten million calls.

/**
 * Outputs of {@link countEdges}, per key `from * width + to` (`keys = width²`): per participant
 * p, counts at `count[p * keys + key]` and histograms at `histogram[(p * keys + key) * BUCKETS + b]`;
 * per chunk c, sums of seconds at `sums[c * keys + key]`, so they add up in chunk order —
 * the same total whichever thread took which chunk.
 */
export interface EdgeCountParams {
  width: number;
  count: Uint32Array;
  histogram: Uint32Array;
  sums: Float64Array;
}

/** Pass one of the directly-follows statistics over a chunk of cases: counts, sums and duration histograms. */
export const countEdges: NamedKernel<EdgeCountParams> = {
  name: "dfg/count-edges",
  run(columns: ScanColumns, p: EdgeCountParams, participant: number, chunk: number, fromCase: number, toCase: number): void {
    const { activity, caseStart, time } = columns;
    const { width, count, histogram, sums } = p;
    const keys = width * width;
    const countBase = participant * keys;
    const sumBase = chunk * keys;
    const end = caseStart[toCase]!;
    let i = caseStart[fromCase]!;
    if (i >= end) return;
    let previous = activity[i]!;
    let previousTime = time[i]!;
    let c = fromCase + 1;
    let nextCase = caseStart[c]!;
    for (i++; i < end; i++) {
      const a = activity[i]!;
      const t = time[i]!;
      if (i === nextCase) {
        nextCase = caseStart[++c]!;
      } else {
        const key = previous * width + a;
        const ms = t - previousTime;
        count[countBase + key]!++;
        sums[sumBase + key]! += ms / 1000;
        histogram[(countBase + key) * BUCKETS + bucketOf(ms)]!++;
      }
      previous = a;
      previousTime = t;
    }
  },
};

/**
 * Outputs of {@link collectEdgeCandidates}: each participant p appends the durations (seconds)
 * of key `k` that lie in `[fromMs[k], toMs[k])` to `values[p * capacity ..]`, with their keys in
 * `keys`, counting them in `filled[p]`.
 */
export interface EdgeCandidateParams {
  width: number;
  fromMs: Float64Array;
  toMs: Float64Array;
  capacity: number;
  values: Float64Array;
  keys: Uint32Array;
  filled: Uint32Array;
}

/**
 * Pass two over a chunk of cases: the durations of each pair that fall in its median's buckets.
 * The range test is branch-free: about half of all durations pass its lower bound, a coin flip
 * the processor would mispredict on every other event.
 */
export const collectEdgeCandidates: NamedKernel<EdgeCandidateParams> = {
  name: "dfg/collect-edge-candidates",
  run(columns: ScanColumns, p: EdgeCandidateParams, participant: number, _chunk: number, fromCase: number, toCase: number): void {
    const { activity, caseStart, time } = columns;
    const { width, fromMs, toMs, values, keys } = p;
    const base = participant * p.capacity;
    let n = p.filled[participant]!;
    const end = caseStart[toCase]!;
    let i = caseStart[fromCase]!;
    if (i >= end) return;
    let previous = activity[i]!;
    let previousTime = time[i]!;
    let c = fromCase + 1;
    let nextCase = caseStart[c]!;
    for (i++; i < end; i++) {
      const a = activity[i]!;
      const t = time[i]!;
      if (i === nextCase) {
        nextCase = caseStart[++c]!;
      } else {
        const key = previous * width + a;
        const ms = t - previousTime;
        if ((Number(ms >= fromMs[key]!) & Number(ms < toMs[key]!)) !== 0) {
          values[base + n] = ms / 1000;
          keys[base + n++] = key;
        }
      }
      previous = a;
      previousTime = t;
    }
    p.filled[participant] = n;
  },
};
