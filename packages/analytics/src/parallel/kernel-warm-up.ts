import { EventLogBuilder } from "../log/event-log-builder";
import { edgeStatistics } from "../queries/dfg/edge-statistics";
import { funnelPass } from "../queries/funnel/funnel-pass";
import { selectQuantile } from "../statistics/select-quantile";

/** Whether this thread has run {@link warmScanKernels}. */
let warmed = false;

/**
 * Runs every scan kernel a few times on a small made-up log (seconds of milliseconds), so that
 * V8 has optimised them — with type feedback from every branch: equal instants, chains that
 * reach the last step, gaps of each step — before a large log's first query. Without it the
 * first query on a 10-million-event log ran its kernels about 1.8 times slower than the second,
 * V8 compiling them while they ran and discarding code compiled before a rare branch had run.
 * Called on both threads while a large log is read or opened; once per thread (V8 keeps the
 * optimised code while it is used, and the server turns bytecode flushing off); deterministic,
 * and it changes no other state.
 */
export function warmScanKernels(): void {
  if (warmed) return;
  warmed = true;
  const log = smallLog();
  const stepOf = Int32Array.from(log.activityNames, (_, k) => (k < 4 ? k : -1));
  for (let round = 0; round < 4; round++) {
    // Params as created and as a message clones them: the shapes the kernels meet on either thread.
    const options = { minEvents: Infinity, cloneParams: round >= 2 };
    edgeStatistics({ ...log }, options);
    funnelPass(log, stepOf, 4, round % 2 === 0 ? Infinity : 20_000, options);
  }
  // A funnel's medians select among hundreds of thousands of gaps, the made-up log's among a few
  // thousand: a larger range, so the selection's sampling branch is optimised too (the first
  // funnel's medians took 12–15 ms instead of 5 on a 10 M-event log).
  const values = new Float64Array(50_000);
  let seed = 1;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < values.length; i++) values[i] = (seed = (Math.imul(seed, 48_271) + 11) >>> 0) % 7_200;
    selectQuantile(values, values.length, 0.5);
  }
}

/** 3,000 cases of 1–12 events over six activities, a third of the gaps zero (a linear congruential sequence, no randomness). */
function smallLog() {
  let seed = 12_345;
  const next = (n: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8) % n;
  const builder = new EventLogBuilder();
  for (let c = 0; c < 3000; c++) {
    let time = 1_700_000_000_000;
    for (let e = 1 + next(12); e > 0; e--) {
      time += next(3) === 0 ? 0 : next(9_000_000);
      builder.add(`c${c}`, `a${next(6)}`, time);
    }
  }
  return builder.build();
}
