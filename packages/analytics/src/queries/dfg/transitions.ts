import type { EventLog } from "../../log/event-log";

/**
 * Every directly-follows transition grouped by (from, to): `pairs[k]` is the k-th distinct pair
 * and its durations (seconds, ascending) are `seconds[offsets[k] .. offsets[k + 1])`.
 * Two linear passes (count, then place) and one sort per pair.
 */
export interface Transitions {
  pairs: Array<readonly [number, number]>;
  offsets: Uint32Array;
  seconds: Float64Array;
}

export function transitions(log: EventLog): Transitions {
  const n = log.activityNames.length;
  const dense = n * n <= 1 << 22 ? new Int32Array(n * n).fill(-1) : undefined;
  const sparse = new Map<number, number>();
  const pairs: Array<readonly [number, number]> = [];
  const counts: number[] = [];
  const edgeOf = new Int32Array(log.activity.length);
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    const e = log.caseStart[c + 1]!;
    for (let i = log.caseStart[c]!; i + 1 < e; i++) {
      const key = log.activity[i]! * n + log.activity[i + 1]!;
      let k = dense ? dense[key]! : (sparse.get(key) ?? -1);
      if (k < 0) {
        k = pairs.length;
        pairs.push([log.activity[i]!, log.activity[i + 1]!]);
        counts.push(0);
        if (dense) dense[key] = k;
        else sparse.set(key, k);
      }
      counts[k]!++;
      edgeOf[i] = k + 1;
    }
  }
  const offsets = new Uint32Array(pairs.length + 1);
  for (let k = 0; k < pairs.length; k++) offsets[k + 1] = offsets[k]! + counts[k]!;
  const next = offsets.slice(0, pairs.length);
  const seconds = new Float64Array(offsets[pairs.length]!);
  for (let i = 0; i < edgeOf.length; i++) {
    const k = edgeOf[i]!;
    if (k > 0) seconds[next[k - 1]!++] = (log.time[i + 1]! - log.time[i]!) / 1000;
  }
  for (let k = 0; k < pairs.length; k++) seconds.subarray(offsets[k]!, offsets[k + 1]!).sort();
  return { pairs, offsets, seconds };
}
