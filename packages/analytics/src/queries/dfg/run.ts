import type { EventLog } from "../../log/event-log";
import { startAndEnd } from "../activity-counts";
import { edgeSummary } from "./edge-summary";
import type { DfgEdge, DfgResult } from "./schema";

/**
 * The directly-follows graph with mean and median seconds per edge, plus start and end counts.
 * The per-edge figures are cached on the log, so only the first call scans the events.
 *
 * @example runDfg(log).edges[0] // { from: "check ticket", to: "decide", count: 6, meanSeconds: 181960, medianSeconds: 129300 }
 */
export function runDfg(log: EventLog): DfgResult {
  const s = edgeSummary(log);
  const edges: DfgEdge[] = new Array(s.count.length);
  for (let j = 0; j < edges.length; j++) {
    edges[j] = {
      from: log.activityNames[s.from[j]!]!,
      to: log.activityNames[s.to[j]!]!,
      count: s.count[j]!,
      meanSeconds: s.meanSeconds[j]!,
      medianSeconds: s.medianSeconds[j]!,
    };
  }
  return { edges, ...startAndEnd(log) };
}
