import type { EventLog } from "../../log/event-log";

/**
 * Every directly-follows transition grouped by (from, to): `pairs[k]` is the k-th distinct pair
 * (numbered in order of first occurrence) and its durations in seconds are
 * `seconds[offsets[k] .. offsets[k + 1])`.
 */
export interface Transitions {
  pairs: Array<readonly [number, number]>;
  offsets: Uint32Array;
  seconds: Float64Array;
}

/** {@link groupedTransitions} with each pair's durations sorted ascending. */
export function transitions(log: EventLog): Transitions {
  const t = groupedTransitions(log);
  for (let k = 0; k < t.pairs.length; k++) t.seconds.subarray(t.offsets[k]!, t.offsets[k + 1]!).sort();
  return t;
}

/**
 * Transitions grouped by pair, each pair's durations in canonical (event) order. Two linear
 * passes — count, then place — with the pair of each transition looked up again in the second
 * rather than stored, so nothing per event is kept but the durations.
 */
export function groupedTransitions(log: EventLog): Transitions {
  const { activity, caseStart, time } = log;
  const pairOf = new PairIndex(log.activityNames.length);
  let counts: Uint32Array = new Uint32Array(64);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const e = caseStart[c + 1]!;
    for (let i = caseStart[c]!; i + 1 < e; i++) {
      const k = pairOf.get(activity[i]!, activity[i + 1]!);
      if (k === counts.length) counts = grown(counts);
      counts[k]!++;
    }
  }
  const pairs = pairOf.pairs;
  const offsets = new Uint32Array(pairs.length + 1);
  for (let k = 0; k < pairs.length; k++) offsets[k + 1] = offsets[k]! + counts[k]!;
  const next = offsets.slice(0, pairs.length);
  const seconds = new Float64Array(offsets[pairs.length]!);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const e = caseStart[c + 1]!;
    for (let i = caseStart[c]!; i + 1 < e; i++) seconds[next[pairOf.get(activity[i]!, activity[i + 1]!)]!++] = (time[i + 1]! - time[i]!) / 1000;
  }
  return { pairs, offsets, seconds };
}

/** Numbers (from, to) pairs densely in order of first sight: a flat table for up to 2,048 activities, a Map beyond. */
class PairIndex {
  readonly pairs: Array<readonly [number, number]> = [];
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly activities: number) {
    this.dense = activities * activities <= 1 << 22 ? new Int32Array(activities * activities).fill(-1) : undefined;
  }

  get(from: number, to: number): number {
    const key = from * this.activities + to;
    const k = this.dense ? this.dense[key]! : (this.sparse.get(key) ?? -1);
    return k >= 0 ? k : this.add(key, from, to);
  }

  private add(key: number, from: number, to: number): number {
    const k = this.pairs.length;
    this.pairs.push([from, to]);
    if (this.dense) this.dense[key] = k;
    else this.sparse.set(key, k);
    return k;
  }
}

function grown(counts: Uint32Array): Uint32Array {
  const next = new Uint32Array(counts.length * 2);
  next.set(counts);
  return next;
}
