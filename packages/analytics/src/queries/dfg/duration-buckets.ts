/** Steps per octave of a histogram (2^STEP_BITS); below 32 ms every millisecond has its own bucket. */
const STEP_BITS = 5;
const STEPS = 1 << STEP_BITS;
/** Buckets per pair: 0–31 ms one each, then 27 octaves up to 2^32 ms (49 days) in 32 steps, then one for the rest. */
export const BUCKETS = (33 - STEP_BITS) * STEPS + 1;
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

