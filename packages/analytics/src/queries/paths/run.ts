import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import type { PathsResult } from "./schema";

/**
 * Counts cases per (position, activity) and per (position, activity → next activity) over the
 * first `steps` events of each case. Keys pack codes into numbers, so one pass with a Map.
 *
 * @example runPaths(log, { steps: 3, from: "decide" })
 */
export function runPaths(log: EventLog, query: { steps: number; from?: string | undefined }): PathsResult {
  const n = log.activityNames.length;
  const fromCode = query.from === undefined ? -1 : log.activityNames.indexOf(query.from);
  const nodes = new Map<number, number>();
  const edges = new Map<number, number>();
  const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);
  if (query.from === undefined || fromCode >= 0) {
    for (let c = 0; c + 1 < log.caseStart.length; c++) {
      const end = log.caseStart[c + 1]!;
      let s = log.caseStart[c]!;
      if (fromCode >= 0) while (s < end && log.activity[s] !== fromCode) s++;
      const last = Math.min(end, s + query.steps);
      for (let i = s; i < last; i++) {
        const position = i - s;
        bump(nodes, position * n + log.activity[i]!);
        if (i + 1 < last) bump(edges, (position * n + log.activity[i]!) * n + log.activity[i + 1]!);
      }
    }
  }
  const name = (code: number) => log.activityNames[code]!;
  return {
    nodes: [...nodes]
      .map(([key, cases]) => ({ position: Math.floor(key / n) + 1, activity: name(key % n), cases }))
      .sort((a, b) => a.position - b.position || b.cases - a.cases || compareCodePoints(a.activity, b.activity)),
    edges: [...edges]
      .map(([key, cases]) => {
        const node = Math.floor(key / n);
        return { fromPosition: Math.floor(node / n) + 1, from: name(node % n), to: name(key % n), cases };
      })
      .sort((a, b) => a.fromPosition - b.fromPosition || b.cases - a.cases || compareCodePoints(a.from, b.from) || compareCodePoints(a.to, b.to)),
  };
}
