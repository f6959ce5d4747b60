import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import { quantileOfSorted } from "../../statistics/quantile";
import { startAndEnd } from "../activity-counts";
import type { DfgEdge, DfgResult } from "./schema";
import { transitions } from "./transitions";

/**
 * The directly-follows graph with mean and median seconds per edge, plus start and end counts.
 *
 * @example runDfg(log).edges[0] // { from: "check ticket", to: "decide", count: 6, meanSeconds: 181960, medianSeconds: 129300 }
 */
export function runDfg(log: EventLog): DfgResult {
  const { pairs, offsets, seconds } = transitions(log);
  const edges: DfgEdge[] = pairs.map(([a, b], k) => {
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    let sum = 0;
    for (let i = from; i < to; i++) sum += seconds[i]!;
    return {
      from: log.activityNames[a]!,
      to: log.activityNames[b]!,
      count: to - from,
      meanSeconds: sum / (to - from),
      medianSeconds: quantileOfSorted(seconds, 0.5, from, to),
    };
  });
  edges.sort((x, y) => compareCodePoints(x.from, y.from) || compareCodePoints(x.to, y.to));
  return { edges, ...startAndEnd(log) };
}
