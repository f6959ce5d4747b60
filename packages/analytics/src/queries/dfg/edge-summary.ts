import type { EventLog } from "../../log/event-log";
import { derivedIndex } from "../../log/derived-index";
import { compareCodePoints } from "../../order/code-point-order";
import { selectQuantile } from "../../statistics/select-quantile";
import { groupedTransitions } from "./transitions";

/**
 * Per directly-follows edge, in output order (from, then to, in code-point order): activity
 * codes, count, mean and median seconds. Computed once per log from {@link groupedTransitions},
 * medians by selection (linear) rather than by sorting; the per-event durations are dropped
 * afterwards, so the cache costs a few numbers per edge.
 */
export interface EdgeSummary {
  from: Uint32Array;
  to: Uint32Array;
  count: Uint32Array;
  meanSeconds: Float64Array;
  medianSeconds: Float64Array;
}

/** The cached {@link EdgeSummary} of `log`. */
export function edgeSummary(log: EventLog): EdgeSummary {
  return derivedIndex(log, "dfg/edge-summary", summarizeEdges);
}

function summarizeEdges(log: EventLog): EdgeSummary {
  const { pairs, offsets, seconds } = groupedTransitions(log);
  const names = log.activityNames;
  const order = pairs.map((_, k) => k);
  order.sort((x, y) => compareCodePoints(names[pairs[x]![0]]!, names[pairs[y]![0]]!) || compareCodePoints(names[pairs[x]![1]]!, names[pairs[y]![1]]!));
  const n = order.length;
  const summary: EdgeSummary = {
    from: new Uint32Array(n),
    to: new Uint32Array(n),
    count: new Uint32Array(n),
    meanSeconds: new Float64Array(n),
    medianSeconds: new Float64Array(n),
  };
  order.forEach((k, j) => {
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    let sum = 0;
    for (let i = from; i < to; i++) sum += seconds[i]!;
    summary.from[j] = pairs[k]![0];
    summary.to[j] = pairs[k]![1];
    summary.count[j] = to - from;
    summary.meanSeconds[j] = sum / (to - from);
    summary.medianSeconds[j] = selectQuantile(seconds.subarray(from, to), to - from, 0.5);
  });
  return summary;
}
