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

/**
 * Transitions grouped by pair, each pair's durations in canonical (event) order. Two flat
 * passes over the events — count, then place — with the pair of each transition looked up
 * again in the second rather than stored, so nothing per event is kept but the durations.
 * Event `i` starts a case exactly when `i` is the next `caseStart` (cases are never empty).
 */
export function groupedTransitions(log: EventLog): Transitions {
  const { activity, caseStart, time } = log;
  const pairOf = new PairIndex(log.activityNames.length);
  const counts = countPairs(log, pairOf);
  const pairs = pairOf.pairs;
  const offsets = new Uint32Array(pairs.length + 1);
  for (let k = 0; k < pairs.length; k++) offsets[k + 1] = offsets[k]! + counts[k]!;
  const next = offsets.slice(0, pairs.length);
  const seconds = new Float64Array(offsets[pairs.length]!);
  const table = pairOf.table;
  const width = log.activityNames.length;
  for (let i = 1, c = 1; i < activity.length; i++) {
    if (i === caseStart[c]) {
      c++;
      continue;
    }
    // Every pair was numbered by the first pass, so the table lookup cannot miss.
    const k = table ? table[activity[i - 1]! * width + activity[i]!]! : pairOf.get(activity[i - 1]!, activity[i]!);
    seconds[next[k]!++] = (time[i]! - time[i - 1]!) / 1000;
  }
  return { pairs, offsets, seconds };
}

/** Transitions per pair, numbering the pairs in `pairOf` as they are first seen. */
function countPairs(log: EventLog, pairOf: PairIndex): Uint32Array {
  const { activity, caseStart } = log;
  const table = pairOf.table;
  const width = log.activityNames.length;
  let counts: Uint32Array = new Uint32Array(64);
  for (let i = 1, c = 1; i < activity.length; i++) {
    if (i === caseStart[c]) {
      c++;
      continue;
    }
    let k = table ? table[activity[i - 1]! * width + activity[i]!]! : -1;
    if (k < 0) {
      k = pairOf.get(activity[i - 1]!, activity[i]!);
      if (k === counts.length) counts = grown(counts);
    }
    counts[k]!++;
  }
  return counts;
}

/** Numbers (from, to) pairs densely in order of first sight: a flat table for up to 2,048 activities, a Map beyond. */
class PairIndex {
  readonly pairs: Array<readonly [number, number]> = [];
  /** `table[from * activities + to]`: the pair's number, -1 before it is seen; absent for many activities. */
  readonly table: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly activities: number) {
    this.table = activities * activities <= 1 << 22 ? new Int32Array(activities * activities).fill(-1) : undefined;
  }

  get(from: number, to: number): number {
    const key = from * this.activities + to;
    const k = this.table ? this.table[key]! : (this.sparse.get(key) ?? -1);
    return k >= 0 ? k : this.add(key, from, to);
  }

  private add(key: number, from: number, to: number): number {
    const k = this.pairs.length;
    this.pairs.push([from, to]);
    if (this.table) this.table[key] = k;
    else this.sparse.set(key, k);
    return k;
  }
}

function grown(counts: Uint32Array): Uint32Array {
  const next = new Uint32Array(counts.length * 2);
  next.set(counts);
  return next;
}
