import type { EventLog } from "../../log/event-log";
import { derivedIndex } from "../../log/derived-index";
import { compareCodePoints } from "../../order/code-point-order";
import { edgeStatistics } from "./edge-statistics";

/**
 * Per directly-follows edge, in output order (from, then to, in code-point order): activity
 * codes, count, mean and median seconds. Computed once per log by {@link edgeStatistics}
 * (two passes, no per-event array), so the cache costs a few numbers per edge.
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
  const { pairs, count, meanSeconds, medianSeconds } = edgeStatistics(log);
  const names = log.activityNames;
  const order = pairs.map((_, k) => k);
  order.sort((x, y) => compareCodePoints(names[pairs[x]![0]]!, names[pairs[y]![0]]!) || compareCodePoints(names[pairs[x]![1]]!, names[pairs[y]![1]]!));
  return {
    from: Uint32Array.from(order, (k) => pairs[k]![0]),
    to: Uint32Array.from(order, (k) => pairs[k]![1]),
    count: Uint32Array.from(order, (k) => count[k]!),
    meanSeconds: Float64Array.from(order, (k) => meanSeconds[k]!),
    medianSeconds: Float64Array.from(order, (k) => medianSeconds[k]!),
  };
}
