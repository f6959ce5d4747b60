import type { EventLog } from "../../log/event-log";

/** What {@link funnelPass} found: cases per step and, for steps after the first, each such case's gap. */
export interface FunnelTally {
  /** `reached[k]`: cases whose deepest chain reached step k. */
  reached: Uint32Array;
  /** `gaps[k][0 .. reached[k])`: seconds from step k - 1 to step k in each of those chains (`gaps[0]` is unused). */
  gaps: Float64Array[];
}

/**
 * `windowFunnel` (see `funnelLevel`) over every case in one pass over the events, for funnels
 * whose activities fill one step each (`stepOf[activity]` is the step, or negative for none).
 * Hits are taken in canonical order, which is (time, file order); only where several hits share
 * an instant are they gathered and taken in step order, as `windowFunnel` sorts them. A case is
 * skimmed up to its first first-step hit and left as soon as its chain reaches the last step. Chains live in a `steps × steps` matrix
 * whose rows are tagged with the case that wrote them, so nothing is cleared or allocated per
 * case. `gaps` holds buffers to fill (grown here when too small): kept by the caller between
 * calls, a repeated funnel allocates nothing large.
 */
export function funnelPass(log: EventLog, stepOf: Int32Array, steps: number, windowMs: number, gaps: Float64Array[]): FunnelTally {
  const { activity, time, caseStart } = log;
  const reached = new Uint32Array(steps);
  // Row k: the times of the chain that reached step k, valid while chainCase[k] is this case.
  const chainTimes = new Float64Array(steps * steps);
  const chainStart = new Float64Array(steps);
  const chainCase = new Int32Array(steps).fill(-1);
  let instant = new Int32Array(16);
  const last = steps - 1;
  const cases = caseStart.length - 1;
  for (let c = 0; c < cases; c++) {
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
    reached[0]!++;
    const row = deepest * steps;
    for (let k = 1; k <= deepest; k++) {
      const n = reached[k]!;
      if (n === gaps[k]!.length) gaps[k] = grownGaps(gaps[k]!);
      gaps[k]![n] = (chainTimes[row + k]! - chainTimes[row + k - 1]!) / 1000;
      reached[k] = n + 1;
    }
  }
  return { reached, gaps };
}

function grown(buffer: Int32Array): Int32Array {
  const next = new Int32Array(buffer.length * 2);
  next.set(buffer);
  return next;
}

function grownGaps(buffer: Float64Array): Float64Array {
  const next = new Float64Array(Math.max(1024, buffer.length * 2));
  next.set(buffer);
  return next;
}
