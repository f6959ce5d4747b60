import type { EventLog } from "../../log/event-log";
import { formatTimestamp } from "../../ingest/timestamp";
import { startAndEnd } from "../activity-counts";
import { caseVariants } from "../variants/case-variants";
import type { StatsResult } from "./schema";

/**
 * Counts events, cases, distinct activities and variants, start/end activities and the time span.
 *
 * @example runStats(log) // { events: 42, cases: 6, activities: 8, variants: 6, start: {…}, end: {…}, from: "…", to: "…" }
 */
export function runStats(log: EventLog): StatsResult {
  const seen = new Uint8Array(log.activityNames.length);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < log.activity.length; i++) {
    seen[log.activity[i]!] = 1;
    const t = log.time[i]!;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const empty = log.activity.length === 0;
  return {
    events: log.activity.length,
    cases: log.caseStart.length - 1,
    activities: seen.reduce((n, s) => n + s, 0),
    variants: caseVariants(log).sequences.length,
    ...startAndEnd(log),
    from: empty ? null : formatTimestamp(min),
    to: empty ? null : formatTimestamp(max),
  };
}
