import type { EventLog } from "../../log/event-log";
import { chunkedScan, type ChunkedScanOptions, type NamedKernel } from "../../parallel/chunked-scan";
import type { ScanColumns } from "../../parallel/scan-kernel";
import { sharedArray } from "../../parallel/shared-memory";

/** What {@link funnelPass} found: cases per step and, for steps after the first, each such case's gap. */
export interface FunnelTally {
  /** `reached[k]`: cases whose deepest chain reached step k. */
  reached: Uint32Array;
  /** `gaps[k][0 .. reached[k])`: seconds from step k - 1 to step k in each of those chains (`gaps[0]` is unused). */
  gaps: Float64Array[];
}

/**
 * Inputs and outputs of {@link funnelChunk}. Participant p counts its cases at
 * `reached[p * steps + k]`; gaps of step k go to `gaps[k]`, which has room for one per case:
 * participant 0 fills it from the front, participant 1 from the back, so neither needs to know
 * how many the other finds.
 */
export interface FunnelParams {
  stepOf: Int32Array;
  steps: number;
  windowMs: number;
  reached: Uint32Array;
  gaps: Float64Array[];
}

/**
 * `windowFunnel` (see `funnelLevel`) over a chunk of cases, for funnels whose activities fill
 * one step each (`stepOf[activity]` is the step, or negative for none). Hits are taken in
 * canonical order, which is (time, file order); only where several hits share an instant are
 * they gathered and taken in step order, as `windowFunnel` sorts them. A case is skimmed up to
 * its first first-step hit and left as soon as its chain reaches the last step. Chains live in a
 * `steps × steps` matrix whose rows are tagged with the case that wrote them, so nothing is
 * cleared or allocated per case.
 */
export const funnelChunk: NamedKernel<FunnelParams> = {
  name: "funnel/chunk",
  run(columns: ScanColumns, p: FunnelParams, participant: number, _chunk: number, fromCase: number, toCase: number): void {
    const { activity, time, caseStart } = columns;
    const { stepOf, steps, windowMs, reached, gaps } = p;
    const at = participant * steps;
    const back = participant === 1 ? 1 : 0;
    // Row k: the times of the chain that reached step k, valid while chainCase[k] is this case.
    const chainTimes = new Float64Array(steps * steps);
    const chainStart = new Float64Array(steps);
    const chainCase = new Int32Array(steps).fill(-1);
    let instant: Int32Array = new Int32Array(16);
    const last = steps - 1;
    for (let c = fromCase; c < toCase; c++) {
      const start = caseStart[c]!;
      const end = caseStart[c + 1]!;
      // No chain starts before the first first-step hit, so the events before it are only looked
      // at — save those at its instant, which it may come after.
      let from = start;
      while (from < end && stepOf[activity[from]!] !== 0) from++;
      if (from === end) continue;
      const firstTime = time[from]!;
      while (from > start && time[from - 1] === firstTime) from--;
      let deepest = -1;
      for (let i = from; i < end; i++) {
        const first = stepOf[activity[i]!]!;
        if (first < 0) continue;
        const t = time[i]!;
        // More hits at this instant: gather them (insertion by step; an instant holds few).
        let size = 0;
        if (i + 1 < end && time[i + 1] === t) {
          instant[size++] = first;
          while (i + 1 < end && time[i + 1] === t) {
            const step = stepOf[activity[++i]!]!;
            if (step < 0) continue;
            if (size === instant.length) instant = grown(instant);
            let j = size++;
            for (; j > 0 && instant[j - 1]! > step; j--) instant[j] = instant[j - 1]!;
            instant[j] = step;
          }
        }
        for (let h = 0; ; h++) {
          const step = size === 0 ? first : instant[h]!;
          if (step === 0) {
            // A first-step hit (re)starts the one-step chain.
            chainCase[0] = c;
            chainStart[0] = t;
            chainTimes[0] = t;
            if (deepest < 0) deepest = 0;
          } else if (chainCase[step - 1] === c && t <= chainStart[step - 1]! + windowMs) {
            chainCase[step] = c;
            chainStart[step] = chainStart[step - 1]!;
            const row = step * steps;
            // A plain loop: chains are a few steps long, shorter than a native copy's call costs.
            for (let k = 0; k < step; k++) chainTimes[row + k] = chainTimes[row - steps + k]!;
            chainTimes[row + step] = t;
            if (step > deepest) deepest = step;
            if (step === last) {
              i = end;
              break;
            }
          }
          if (h + 1 >= size) break;
        }
      }
      if (deepest < 0) continue;
      reached[at]!++;
      const row = deepest * steps;
      for (let k = 1; k <= deepest; k++) {
        const n = reached[at + k]!;
        const buffer = gaps[k]!;
        // Front or back by arithmetic, not a branch: the kernel warm-up runs as participant 0
        // only, and a branch it never took would deoptimise the helper's first real scan.
        buffer[n + back * (buffer.length - 1 - 2 * n)] = (chainTimes[row + k]! - chainTimes[row + k - 1]!) / 1000;
        reached[at + k] = n + 1;
      }
    }
  },
};

/**
 * The funnel of every case as a chunked scan (two threads on a large log): cases per step and,
 * for steps after the first, each such case's gap, gathered at the front of `gaps[k]`.
 */
export function funnelPass(log: EventLog, stepOf: Int32Array, steps: number, windowMs: number, options: ChunkedScanOptions = {}): FunnelTally {
  const cases = log.caseStart.length - 1;
  const sharedStepOf = sharedArray(Int32Array, stepOf.length);
  sharedStepOf.set(stepOf);
  const { params } = chunkedScan(
    log,
    funnelChunk,
    () => ({
      stepOf: sharedStepOf,
      steps,
      windowMs,
      reached: sharedArray(Uint32Array, 2 * steps),
      gaps: Array.from({ length: steps }, (_, k) => sharedArray(Float64Array, k === 0 ? 0 : cases)),
    }),
    options,
  );
  const reached = new Uint32Array(steps);
  for (let k = 0; k < steps; k++) {
    const front = params.reached[k]!;
    const back = params.reached[steps + k]!;
    reached[k] = front + back;
    const buffer = params.gaps[k]!;
    if (k > 0 && back > 0) buffer.copyWithin(front, buffer.length - back);
  }
  return { reached, gaps: params.gaps };
}

function grown(buffer: Int32Array): Int32Array {
  const next = new Int32Array(buffer.length * 2);
  next.set(buffer);
  return next;
}
