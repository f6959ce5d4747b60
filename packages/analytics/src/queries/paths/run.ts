import type { EventLog } from "../../log/event-log";
import { compareCodePoints } from "../../order/code-point-order";
import type { PathsResult } from "./schema";

/** Above this many (position, from, to) cells the counts live in Maps instead of flat arrays. */
const DENSE_CELLS = 1 << 22;

/**
 * Counts cases per (position, activity) and per (position, activity → next activity) over the
 * first `steps` events of each case, in one pass. Keys pack codes into numbers: into flat typed
 * arrays when they fit (the usual case: few activities, few steps), else into Maps.
 *
 * @example runPaths(log, { steps: 3, from: "decide" })
 */
export function runPaths(log: EventLog, query: { steps: number; from?: string | undefined }): PathsResult {
  const n = log.activityNames.length;
  const fromCode = query.from === undefined ? -1 : log.activityNames.indexOf(query.from);
  const dense = query.steps * n * n <= DENSE_CELLS;
  const nodeCounts = dense ? new Uint32Array(query.steps * n) : undefined;
  const edgeCounts = dense ? new Uint32Array(query.steps * n * n) : undefined;
  const nodes = new Map<number, number>();
  const edges = new Map<number, number>();
  const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);
  const { caseStart, activity } = log;
  if (query.from === undefined || fromCode >= 0) {
    for (let c = 0; c + 1 < caseStart.length; c++) {
      const end = caseStart[c + 1]!;
      let s = caseStart[c]!;
      if (fromCode >= 0) while (s < end && activity[s] !== fromCode) s++;
      const last = Math.min(end, s + query.steps);
      for (let i = s; i < last; i++) {
        const node = (i - s) * n + activity[i]!;
        if (nodeCounts && edgeCounts) {
          nodeCounts[node]!++;
          if (i + 1 < last) edgeCounts[node * n + activity[i + 1]!]!++;
        } else {
          bump(nodes, node);
          if (i + 1 < last) bump(edges, node * n + activity[i + 1]!);
        }
      }
    }
  }
  if (nodeCounts && edgeCounts) {
    for (let k = 0; k < nodeCounts.length; k++) if (nodeCounts[k]! > 0) nodes.set(k, nodeCounts[k]!);
    for (let k = 0; k < edgeCounts.length; k++) if (edgeCounts[k]! > 0) edges.set(k, edgeCounts[k]!);
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
